import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a staged batch says of the workflow task that staged it, so that the worker's
 * staged-batch relay can prove from the workflow's history that the task completed and
 * promote the batch itself (activities/claim-records/staged-batch-relay.ts): the run, the
 * task's `WORKFLOW_TASK_STARTED` event id and its time. Claims that write their timers'
 * batches in the timer's task (`ClaimWorkflowInput.timersInTask`) set them on every staged
 * row; `relay_after` is when the relay may first look (at once for a timer's batch; later
 * for an action's, which the API promotes as it answers). Rows without them (claims
 * started before) are promoted as before and never by the relay.
 */
export class StagedBatchProof1763901300000 implements MigrationInterface {
  name = 'StagedBatchProof1763901300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE staged_claim_events
      ADD COLUMN run_id text,
      ADD COLUMN task_started_event_id integer,
      ADD COLUMN task_started_ms bigint,
      ADD COLUMN relay_after timestamptz`);
    await q.query(`CREATE INDEX staged_claim_events_relay_idx ON staged_claim_events (relay_after) WHERE relay_after IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX staged_claim_events_relay_idx`);
    await q.query(`ALTER TABLE staged_claim_events DROP COLUMN run_id, DROP COLUMN task_started_event_id, DROP COLUMN task_started_ms, DROP COLUMN relay_after`);
  }
}
