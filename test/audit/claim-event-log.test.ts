/**
 * The claim's audit log against a real PostgreSQL: a batch staged in the task that accepted
 * an action stays out of the log, the read model and the outbox until it is promoted by its
 * tag; a lost task's batch (same sequence numbers, other events) is never promoted and
 * goes when a promotion passes it; promotions are idempotent, also when the API and the
 * workflow's next write promote the same batch at once; an Update's answer is settled as
 * the API settles it.
 */
import { Client as PgClient } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { ClaimEventLog } from '../../activities/claim-records/claim-event-log';
import { StagedBatchRelay, type StagedTagReader } from '../../activities/claim-records/staged-batch-relay';
import { eventually } from '../support/eventually';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { STAGED_BATCHES_FIELD, type RecordClaimEventsInput } from '../../activities/claim-records/claim-records.contract';
import type { Actor, ClaimIntake } from '../../domain/claim.types';
import { applyCommand } from '../../workflows/claim/claim.commands';
import { openClaim, type ClaimState } from '../../workflows/claim/claim.state';
import { toView } from '../../workflows/claim/claim.view';
import { sampleIntakeBody } from '../support/claim-fixtures';
import { claimWorkflowInput } from '../support/claim-workflow-input';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';

const AT = Date.parse('2026-11-02T10:00:00.000Z');
const agent: Actor = { id: 'key-agent', name: 'Agent', role: 'agent' };

describe('ClaimEventLog: staged batches and their promotion', () => {
  let scratch: ScratchDatabase;
  let db: DataSource;
  let log: ClaimEventLog;
  let claimCount = 0;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    db = await createDataSource(scratch.url).initialize();
    log = new ClaimEventLog(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await scratch?.drop();
  });

  /** A claim whose intake is in the log, and a way to make its next batches (as the workflow would). */
  const claimInLog = async () => {
    claimCount += 1;
    const input = claimWorkflowInput(sampleIntakeBody() as ClaimIntake, { actor: agent, now: AT });
    const { state, events } = openClaim(input, AT, { number: `CL-2026-9${String(claimCount).padStart(5, '0')}`, possibleDuplicateOf: [] });
    await log.record({ claimId: input.claimId, events, snapshot: toView(state, AT), relay: true });
    const batch = (s: ClaimState, text: string, at: number): RecordClaimEventsInput => {
      const next = structuredClone(s);
      const events = applyCommand(next, { action: 'notes', input: { text } }, agent, at);
      return { claimId: input.claimId, events, snapshot: toView(next, at), relay: true, confirm: [] };
    };
    return { claimId: input.claimId, state, batch };
  };
  const logOf = async (claimId: string) =>
    (await db.query(`SELECT seq, action, data FROM audit_events WHERE claim_id = $1 ORDER BY seq`, [claimId])).map((r: { seq: number; action: string; data: { text?: string } }) => `${r.seq} ${r.action}${r.data.text ? ` ${r.data.text}` : ''}`);
  const stagedOf = async (claimId: string) => Number((await db.query(`SELECT count(*) AS n FROM staged_claim_events WHERE claim_id = $1`, [claimId]))[0].n);
  const readModelVersion = async (claimId: string) => Number((await db.query(`SELECT version FROM claims WHERE id = $1`, [claimId]))[0].version);

  it('keeps a staged batch out of the log and the read model until its tag is promoted', async () => {
    const claim = await claimInLog();
    const version = await readModelVersion(claim.claimId);
    const { stagedAs, recorded } = await log.stage(claim.batch(claim.state, 'called the customer', AT + 1000));
    expect(stagedAs).toMatch(/^[0-9a-f-]{36}$/);
    expect(recorded).toEqual([{ seq: 2, action: 'note.added' }]);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received']);
    expect(await readModelVersion(claim.claimId)).toBe(version);

    await log.promote(claim.claimId, [stagedAs as string]);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added called the customer']);
    expect(await readModelVersion(claim.claimId)).toBeGreaterThan(version);
    expect(await stagedOf(claim.claimId)).toBe(0);
  });

  it('never promotes a lost task\'s batch, and drops it when a promotion passes its numbers', async () => {
    const claim = await claimInLog();
    // the lost task staged its note as seq 2; the retried task took another path for seq 2
    const lost = await log.stage(claim.batch(claim.state, 'from the lost task', AT + 1000));
    const kept = await log.stage(claim.batch(claim.state, 'from the task that completed', AT + 2000));
    expect(await stagedOf(claim.claimId)).toBe(2);

    await log.promote(claim.claimId, [kept.stagedAs as string]);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added from the task that completed']);
    expect(await stagedOf(claim.claimId)).toBe(0);
    // a late promotion of the lost tag finds nothing: nobody who knows it exists
    await log.promote(claim.claimId, [lost.stagedAs as string]);
    expect(await logOf(claim.claimId)).toHaveLength(2);
  });

  it('lets the next write promote the batches it confirms, in order, before its own — and no others', async () => {
    const claim = await claimInLog();
    const first = claim.batch(claim.state, 'first', AT + 1000);
    const a = await log.stage(first);
    const afterFirst = structuredClone(claim.state);
    applyCommand(afterFirst, { action: 'notes', input: { text: 'first' } }, agent, AT + 1000);
    const second = claim.batch(afterFirst, 'second', AT + 2000);
    const b = await log.stage({ ...second, confirm: [] }); // same task as the first: confirms nothing
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received']);

    const afterSecond = structuredClone(afterFirst);
    applyCommand(afterSecond, { action: 'notes', input: { text: 'second' } }, agent, AT + 2000);
    const third = claim.batch(afterSecond, 'third, by activity', AT + 3000);
    await log.record({ ...third, confirm: [a.stagedAs as string, b.stagedAs as string] });
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added first', '3 note.added second', '4 note.added third, by activity']);
    expect(await stagedOf(claim.claimId)).toBe(0);
  });

  it('stages an action confirming its claim\'s previous one in one round trip when the API promoted that already, and promotes it first when not', async () => {
    const claim = await claimInLog();
    const first = claim.batch(claim.state, 'first', AT + 1000);
    const a = await log.stage(first);
    await log.promote(claim.claimId, [a.stagedAs as string]); // the API, as it answered
    const afterFirst = structuredClone(claim.state);
    applyCommand(afterFirst, { action: 'notes', input: { text: 'first' } }, agent, AT + 1000);
    const sent = jest.spyOn(PgClient.prototype, 'query');
    let b;
    try {
      // with a task's proof, as a claim that stages its timers' batches too sends it
      b = await log.stage({ ...claim.batch(afterFirst, 'second', AT + 2000), confirm: [a.stagedAs as string], proof: { runId: 'run-1', taskStartedEventId: 12, relayAfterMs: 10_000 } });
      expect(sent).toHaveBeenCalledTimes(1);
    } finally {
      sent.mockRestore();
    }
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added first']);
    expect(await db.query(`SELECT first_seq, last_seq, run_id, task_started_event_id, relay_after > now() AS later FROM staged_claim_events WHERE tag = $1`, [b.stagedAs])).toEqual([
      { first_seq: 3, last_seq: 3, run_id: 'run-1', task_started_event_id: 12, later: true },
    ]);

    // the API did not get to promote the second: the third's staging promotes it first, in order
    const afterSecond = structuredClone(afterFirst);
    applyCommand(afterSecond, { action: 'notes', input: { text: 'second' } }, agent, AT + 2000);
    const c = await log.stage({ ...claim.batch(afterSecond, 'third', AT + 3000), confirm: [b.stagedAs as string] });
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added first', '3 note.added second']);
    expect(await stagedOf(claim.claimId)).toBe(1);
    await log.promote(claim.claimId, [c.stagedAs as string]);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added first', '3 note.added second', '4 note.added third']);
    expect(await stagedOf(claim.claimId)).toBe(0);
  });

  it('writes a staged batch\'s notifications to the outbox only when it is promoted, once', async () => {
    const claim = await claimInLog();
    const outbox = async () => Number((await db.query(`SELECT count(*) AS n FROM notifications WHERE claim_id = $1`, [claim.claimId]))[0].n);
    const before = await outbox(); // claim.received's
    const next = structuredClone(claim.state);
    const events = [
      ...applyCommand(next, { action: 'triage', input: { type: 'product_quality', unit: 'sales', defectCode: 'other', severity: 'low' } }, agent, AT + 1000),
      ...applyCommand(next, { action: 'remedy', input: { kind: 'refund' } }, agent, AT + 1000), // the customer hears of it
    ];
    const staged = await log.stage({ claimId: claim.claimId, events, snapshot: toView(next, AT + 1000), relay: true, confirm: [] });
    expect(await outbox()).toBe(before);
    // the API and the workflow's next write promote the same batch at once
    await Promise.all([log.promote(claim.claimId, [staged.stagedAs as string]), log.promote(claim.claimId, [staged.stagedAs as string])]);
    expect(await outbox()).toBe(before + 1);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 claim.triaged', '3 remedy.chosen']);
  });

  it('settles an Update\'s answer as the API does: staged batches promoted, the field removed', async () => {
    const claim = await claimInLog();
    const staged = await log.stage(claim.batch(claim.state, 'answered', AT + 1000));
    const view = toView(claim.state, AT + 1000);
    const settled = await log.settle(claim.claimId, { ...view, [STAGED_BATCHES_FIELD]: [staged.stagedAs] });
    expect(settled).toEqual(view);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added answered']);
    // an answer without staged batches (a claim from before) comes back as it is
    expect(await log.settle(claim.claimId, view)).toBe(view);
  });

  it('lets the staged-batch relay promote what the history names, never a lost attempt\'s batch, which a promotion past it removes', async () => {
    const claim = await claimInLog();
    const T = AT + 5_000;
    const proof = (taskStartedEventId: number) => ({ runId: 'run-1', taskStartedEventId, relayAfterMs: 0 });
    // two attempts of the task that started at event 10; a later task at 20 still running, and a lost attempt of it
    await log.stage({ ...claim.batch(claim.state, 'from the lost attempt', T), proof: proof(10) });
    const kept = await log.stage({ ...claim.batch(claim.state, 'from the attempt that completed', T + 900), proof: proof(10) });
    const next = structuredClone(claim.state);
    applyCommand(next, { action: 'notes', input: { text: 'from the attempt that completed' } }, agent, T + 900);
    const running = await log.stage({ ...claim.batch(next, 'from the running task', T + 5_000), proof: proof(20) });
    await log.stage({ ...claim.batch(next, 'from a lost attempt of the later task', T + 4_000), proof: proof(20) });

    const named = new Set([kept.stagedAs as string]);
    const reads: Array<{ workflowId: string; runId: string; from: number }> = [];
    const readTags: StagedTagReader = async ({ workflowId, runId }, from) => {
      reads.push({ workflowId, runId, from });
      return new Set(named);
    };
    const relay = new StagedBatchRelay(db, log, readTags, claimWorkflowId, { pollMs: 0 });

    expect(await relay.settleDue()).toBe(4);
    expect(reads).toEqual([{ workflowId: `claim-${claim.claimId}`, runId: 'run-1', from: 10 }]);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added from the attempt that completed']);
    // the first lost attempt's batch went with the promotion past it; the later two wait
    expect(await stagedOf(claim.claimId)).toBe(2);

    named.add(running.stagedAs as string);
    await eventually(() => relay.settleDue().then(() => stagedOf(claim.claimId)), (n) => n === 0, 5_000, 20);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added from the attempt that completed', '3 note.added from the running task']);
    expect(await stagedOf(claim.claimId)).toBe(0);
  });

  it('lets the relay promote an action\'s batch not yet due with a timer\'s after it, in order, when the history names both', async () => {
    const claim = await claimInLog();
    const T = AT + 5_000;
    // the action's batch waits for the API (the relay looks only after 10 s); the timer's after it is due at once
    const action = await log.stage({ ...claim.batch(claim.state, 'an action the API has not promoted yet', T), proof: { runId: 'run-1', taskStartedEventId: 10, relayAfterMs: 10_000 } });
    const next = structuredClone(claim.state);
    applyCommand(next, { action: 'notes', input: { text: 'an action the API has not promoted yet' } }, agent, T);
    const timer = await log.stage({ ...claim.batch(next, 'a timer right after it', T + 1_000), proof: { runId: 'run-1', taskStartedEventId: 15, relayAfterMs: 0 } });
    const relay = new StagedBatchRelay(db, log, async () => new Set([action.stagedAs as string, timer.stagedAs as string]), claimWorkflowId);
    expect(await relay.settleDue()).toBeGreaterThanOrEqual(1);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received', '2 note.added an action the API has not promoted yet', '3 note.added a timer right after it']);
    expect(await stagedOf(claim.claimId)).toBe(0);
  });

  it('leaves a batch without a proof (an action of a claim from before) to the API and the workflow, never to the relay', async () => {
    const claim = await claimInLog();
    await log.stage(claim.batch(claim.state, 'no proof', AT + 1000));
    const read: string[] = [];
    const relay = new StagedBatchRelay(db, log, async ({ workflowId }) => {
      read.push(workflowId);
      return new Set<string>();
    }, claimWorkflowId);
    await relay.settleDue();
    expect(read).not.toContain(`claim-${claim.claimId}`);
    expect(await stagedOf(claim.claimId)).toBe(1);
    expect(await logOf(claim.claimId)).toEqual(['1 claim.received']);
  });
});
