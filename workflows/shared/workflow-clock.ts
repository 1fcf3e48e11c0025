/**
 * The workflows' clock. Inside Temporal's workflow sandbox `Date` is the SDK's own: it
 * returns the time of the current workflow task, recorded in history and replayed
 * identically, so this is deterministic (never the host clock). Use it only in workflow code.
 */
export const workflowNow = (): number => Date.now();
