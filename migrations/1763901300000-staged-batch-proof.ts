import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the worker's staged-batch relay finds, in the workflow's history, the proof that a
 * staged batch is the workflow's own — the staging local activity's result, recorded only
 * by a task that completed (activities/claim-records/staged-batch-proof.ts): the run, and
 * the `WORKFLOW_TASK_STARTED` event id of the task that staged it (how far back to read).
 * Claims that write their timers' batches in the timer's task
 * (`ClaimWorkflowInput.timersInTask`) set them on every staged row; `relay_after` is when
 * the relay looks next (at once for a timer's batch; later for an action's, which the API
 * promotes as it answers). Rows without them (claims started before) are promoted as
 * before and never by the relay.
 */
export class StagedBatchProof1763901300000 implements MigrationInterface {
  name = 'StagedBatchProof1763901300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staged_claim_events
      ADD COLUMN run_id text,
      ADD COLUMN task_started_event_id integer,
      ADD COLUMN relay_after timestamptz`);
    await q.query(`CREATE INDEX staged_claim_events_relay_idx ON staged_claim_events (relay_after) WHERE relay_after IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX staged_claim_events_relay_idx`);
    await q.query(`ALTER TABLE staged_claim_events DROP COLUMN run_id, DROP COLUMN task_started_event_id, DROP COLUMN relay_after`);
  }
}
