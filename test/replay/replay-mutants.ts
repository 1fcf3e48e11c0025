/**
 * Unguarded workflow changes ("mutants") the recorded histories must catch: each one adds
 * a command (a timer or an activity) late in a workflow — after a timer kind fires, after
 * a system transition is recorded, before the workflow ends — without `patched()`, as a
 * careless deployment would. test/replay/replay-mutants.test.ts applies each to a copy of
 * the workflow code and fails unless replaying test/histories raises a non-determinism
 * error for it. Every anchor must occur exactly once in its file, so a refactoring that
 * moves one makes the check fail loudly rather than pass silently.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Mutant {
  name: string;
  /** path under the repository root */
  file: string;
  /** a line (trimmed) after which `insert` goes (before it, with `before`) */
  anchor: string;
  insert: string;
  before?: boolean;
  /** `insert` replaces the anchor line */
  replace?: boolean;
}

const CLAIM = 'workflows/claim/claim.workflow.ts';
const DISPUTE = 'workflows/supplier-dispute/dispute.workflow.ts';

/** The imports every mutated file gets (unused ones are harmless). */
export const MUTANT_IMPORTS = `import { sleep as mutantSleep, proxyActivities as mutantActivities, deprecatePatch as mutantDeprecatePatch } from '@temporalio/workflow';\n`;
const extraActivity = `await mutantActivities<{ mutantProbe(): Promise<void> }>({ startToCloseTimeout: '1s' }).mutantProbe();`;

const CLAIM_TIMERS = [
  'sla_breach',
  'deadline_warning',
  'deadline_breach',
  'penalty_accrual',
  'survey_send',
  'survey_reminder',
  'survey_expiry',
  'review_deadline',
  'reopen_window_end',
] as const;

const CLAIM_TRANSITIONS = [
  'followup.started',
  'claim.close_deferred',
  'claim.closed',
  'claim.reopened',
  'claim.archived',
  'claim.withdrawn',
  'survey.answered',
  'review.outcome',
  'dispute.abandoned',
] as const;

const DISPUTE_TRANSITIONS = ['dispute.escalated', 'dispute.deadline_passed', 'dispute.accepted', 'dispute.rejected', 'dispute.settled', 'dispute.written_off'] as const;

export const MUTANTS: Mutant[] = [
  ...CLAIM_TIMERS.map((kind) => ({
    name: `claim: a timer after ${kind} fires`,
    file: CLAIM,
    anchor: 'enqueue(fireTimer(s, timer, now()));',
    insert: `if (timer.kind === '${kind}') await mutantSleep(1000);`,
  })),
  ...CLAIM_TRANSITIONS.map((action) => ({
    name: `claim: an activity after ${action} is recorded`,
    file: CLAIM,
    anchor: 'pending.splice(0, batch.length);',
    insert: `if (batch.some((e) => e.action === '${action}')) ${extraActivity}`,
  })),
  {
    name: 'claim: a timer after the scheduler loop ends (before completing)',
    file: CLAIM,
    anchor: 'await condition(() => pending.length === 0 && deliveries === 0 && allHandlersFinished());',
    insert: 'await mutantSleep(1000);',
    before: true,
  },
  // An activity, not a timer: a reminder is followed by the next timer, and a timer in place of
  // a timer goes unnoticed on replay (Temporal matches command types, not durations).
  ...(['reminder', 'deadline'] as const).map((kind) => ({
    name: `dispute: an activity after its ${kind} fires`,
    file: DISPUTE,
    anchor: 'publish(fireDisputeTimer(state, timer, now()));',
    insert: `if (timer.kind === '${kind}') ${extraActivity}`,
  })),
  ...DISPUTE_TRANSITIONS.map((action) => ({
    name: `dispute: an activity after ${action} is published`,
    file: DISPUTE,
    anchor: 'outbox.shift();',
    insert: `if (next.events.some((e) => e.action === '${action}')) ${extraActivity}`,
  })),
  {
    name: 'dispute: a timer after the scheduler loop ends (before completing)',
    file: DISPUTE,
    anchor: 'await condition(() => outbox.length === 0 && deliveriesInFlight === 0 && allHandlersFinished());',
    insert: 'await mutantSleep(1000);',
    before: true,
  },
];

/**
 * The upgrade drill (docs/workflow-upgrades.md): the same kind of changes done the right
 * way replay every history, and removing a patch too early is caught.
 */
export const UPGRADE_STEPS: Array<Mutant & { replays: boolean }> = [
  {
    name: 'a new step behind patched(): every running claim replays',
    file: CLAIM,
    anchor: 'pending.splice(0, batch.length);',
    insert: `if (batch.some((e) => e.action === 'claim.closed') && patched('drill-extra-step')) ${extraActivity}`,
    replays: true,
  },
  {
    name: 'a patch deprecated (deprecatePatch, new branch kept): every running claim replays',
    file: CLAIM,
    anchor: 'if (!(epoch || patched(ABANDONED_DISPUTE_PATCH))) return;',
    insert: 'mutantDeprecatePatch(ABANDONED_DISPUTE_PATCH);',
    replace: true,
    replays: true,
  },
  {
    name: 'a patch removed while claims from before it may run: caught',
    file: CLAIM,
    anchor: 'const register = epoch || patched(LOCAL_REGISTRATION_PATCH) ? localRecords.registerClaim : records.registerClaim;',
    insert: 'const register = localRecords.registerClaim;',
    replace: true,
    replays: false,
  },
  {
    name: 'a registration activity run for a claim the API registered: caught (their histories have none)',
    file: CLAIM,
    anchor: 'const registration = input.registration ?? (await register(registrationInput()));',
    insert: 'if (input.registration) await register(registrationInput());',
    before: true,
    replays: false,
  },
  {
    name: 'actions recorded in their task for every claim, not by the input: caught (claims from before wrote them by activity)',
    file: CLAIM,
    anchor: 'const actionsInTask = input.actionsInTask === true;',
    insert: 'const actionsInTask = input.registration !== undefined;',
    replace: true,
    replays: false,
  },
  {
    name: 'actions written by activity again for claims that record them in their task: caught (their histories stage them)',
    file: CLAIM,
    anchor: 'const actionsInTask = input.actionsInTask === true;',
    insert: 'const actionsInTask = false;',
    replace: true,
    replays: false,
  },
  {
    name: 'timers staged in their task for every claim that records actions there, not by the input: caught (claims from before wrote them by activity)',
    file: CLAIM,
    anchor: 'const timersInTask = actionsInTask && input.timersInTask === true;',
    insert: 'const timersInTask = actionsInTask;',
    replace: true,
    replays: false,
  },
  {
    name: 'timers written by activity again for claims that stage them in their task: caught (their histories stage them)',
    file: CLAIM,
    anchor: 'const timersInTask = actionsInTask && input.timersInTask === true;',
    insert: 'const timersInTask = false;',
    replace: true,
    replays: false,
  },
  {
    name: 'an armed timer kept through an action that did not move it, for every claim: caught (claims from before re-armed it)',
    file: CLAIM,
    anchor: 'const timer = (await untilDue(() => nextTimer(s), () => changes, undefined, { keepUnmoved: actionsInTask })) as NonNullable<ReturnType<typeof nextTimer>>;',
    insert: 'const timer = (await untilDue(() => nextTimer(s), () => changes, undefined, { keepUnmoved: true })) as NonNullable<ReturnType<typeof nextTimer>>;',
    replace: true,
    replays: false,
  },
  {
    name: 'the timer re-armed at every action again for claims that keep it: caught (their histories keep it)',
    file: CLAIM,
    anchor: 'const timer = (await untilDue(() => nextTimer(s), () => changes, undefined, { keepUnmoved: actionsInTask })) as NonNullable<ReturnType<typeof nextTimer>>;',
    insert: 'const timer = (await untilDue(() => nextTimer(s), () => changes)) as NonNullable<ReturnType<typeof nextTimer>>;',
    replace: true,
    replays: false,
  },
  {
    name: 'the intake recorded in its first task without patched(): caught (claims from before record it with an activity)',
    file: CLAIM,
    anchor: 'const intakeInFirstTask = epoch || patched(INTAKE_IN_FIRST_TASK_PATCH);',
    insert: 'const intakeInFirstTask = true;',
    replace: true,
    replays: false,
  },
  {
    name: 'notifications handed to the outbox relay without patched(): caught (claims from before deliver by activity)',
    file: CLAIM,
    anchor: 'const relay = epoch || patched(NOTIFICATION_RELAY_PATCH);',
    insert: 'const relay = true;',
    replace: true,
    replays: false,
  },
  {
    name: 'every change taken without the epoch patch (no marker at all): caught (claims from before each patch)',
    file: CLAIM,
    anchor: 'epoch = input.registration !== undefined || patched(CLAIM_EPOCH_PATCH);',
    insert: 'epoch = true;',
    replace: true,
    replays: false,
  },
  {
    name: 'claims the API registered told apart by the epoch marker again: caught (their histories carry none)',
    file: CLAIM,
    anchor: 'epoch = input.registration !== undefined || patched(CLAIM_EPOCH_PATCH);',
    insert: 'epoch = patched(CLAIM_EPOCH_PATCH);',
    replace: true,
    replays: false,
  },
  {
    name: 'the epoch patch dropped while claims started under it may run: caught (their histories carry no per-change markers)',
    file: CLAIM,
    anchor: 'epoch = input.registration !== undefined || patched(CLAIM_EPOCH_PATCH);',
    insert: 'epoch = false;',
    replace: true,
    replays: false,
  },
];

/** The source with `mutant` applied; throws unless its anchor is on exactly one line. */
export function applyMutant(source: string, mutant: Mutant): string {
  const lines = source.split('\n');
  const at = lines.flatMap((line, i) => (line.trim() === mutant.anchor ? [i] : []));
  if (at.length !== 1) throw new Error(`mutant "${mutant.name}": anchor \`${mutant.anchor}\` is on ${at.length} lines of ${mutant.file}, expected 1`);
  if (mutant.replace) lines.splice(at[0], 1, mutant.insert);
  else lines.splice(mutant.before ? at[0] : at[0] + 1, 0, mutant.insert);
  return MUTANT_IMPORTS + lines.join('\n');
}

/** The workflow code's folders, copied under `dir` with their layout (imports stay valid). */
export const WORKFLOW_SOURCE_DIRS = ['workflows', 'domain'];

export function copyWorkflowSources(root: string, dir: string, mutant?: Mutant): string {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const sub of WORKFLOW_SOURCE_DIRS) {
    fs.cpSync(path.join(root, sub), path.join(dir, sub), { recursive: true, filter: (src) => !src.endsWith('.spec.ts') });
  }
  // and the activities' contracts, the one part of activities/ workflow code may import (.dependency-cruiser.cjs)
  fs.cpSync(path.join(root, 'activities'), path.join(dir, 'activities'), {
    recursive: true,
    filter: (src) => fs.statSync(src).isDirectory() || src.endsWith('.contract.ts'),
  });
  if (mutant) {
    const file = path.join(dir, mutant.file);
    fs.writeFileSync(file, applyMutant(fs.readFileSync(file, 'utf8'), mutant));
  }
  return path.join(dir, 'workflows');
}
