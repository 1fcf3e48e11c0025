/** Entry point the worker bundles: every workflow type this engine runs. */
export { claimWorkflow } from './claim/claim.workflow';
