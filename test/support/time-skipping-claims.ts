/**
 * Claim workflows on Temporal's time-skipping test server, run by the real worker whose
 * activities write to this run's PostgreSQL database. `useTimeSkippingClaims()` sets it
 * up for a test file (beforeAll / afterAll) and returns the helpers the tests share.
 */
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import type { Actor, ClaimIntake } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import type { ClaimsPolicy } from '../../domain/policy/policy.types';
import type { PayloadCodecKeys } from '../../src/codec/payload-codec-keys';
import { createDataSource } from '../../src/database/data-source';
import { claimsDataConverter } from '../../src/temporal/data-converter';
import { LogSender } from '../../activities/customer-notifications/notification-sender';
import { claimWorkflowBundle, createClaimsWorker } from '../../src/worker/claims-worker';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { startSearchAttributes } from '../../workflows/claim/search-attributes';
import { claimViewQuery, intakeUpdate } from '../../workflows/claim/claim.messages';
import { sampleIntakeBody } from './claim-fixtures';
import { claimWorkflowInput, defaultPolicy } from './claim-workflow-input';
import { registerClaimNumber } from '../../activities/claim-records/claim-registration.queries';
import { ClaimEventLog } from '../../activities/claim-records/claim-event-log';
import { registrationInputOf } from '../../domain/claim/claim-registration';
import { registerClaimSearchAttributes } from './search-attributes';
import { daysBefore, pinClock } from './test-clock';
import { eventually } from './eventually';
import { testEnv } from './test-env';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const policy = defaultPolicy;
export const TEST_SURVEY_SECRET = 'time-skipping-survey-secret-0123456789';
export const agent: Actor = { id: 'key-agent', name: 'Agent Smith', role: 'agent' };

/** A command from the agent (or another actor). */
export const cmd = <P>(payload: P, actor: Actor = agent) => ({ actor, payload });

export interface TimeSkippingClaims {
  env: TestWorkflowEnvironment;
  db: DataSource;
  taskQueue: string;
  /** the instant the file's clock was pinned to before its first test */
  startedAt: number;
  /**
   * starts a claim under the default policy, or `claimPolicy` (the policy is part of the
   * claim's input). The handle's `executeUpdate` answers as the API does: the batches an
   * action staged are promoted into the log before it returns.
   */
  startClaim(overrides?: Partial<ClaimIntake>, claimPolicy?: ClaimsPolicy, registration?: { by: 'api' | 'workflow' }): Promise<{ handle: WorkflowHandle; claimId: string; view: ClaimView }>;
  view(handle: WorkflowHandle): Promise<ClaimView>;
  /** the claim's audit log as (seq, action), in order */
  auditActions(claimId: string): Promise<Array<{ seq: number; action: string }>>;
}

export interface TimeSkippingOptions {
  /** payload codec keys for the client and the worker (histories encrypted as in production); none: plain JSON */
  payloadCodec?: PayloadCodecKeys;
  /**
   * 'dev': the run's shared Temporal dev server instead (real time, no clock pinning), for what the
   * time-skipping server does not do: it never tells a parent that its child was terminated.
   */
  server?: 'time-skipping' | 'dev';
}

export function useTimeSkippingClaims(options: TimeSkippingOptions = {}): TimeSkippingClaims {
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `claims-ts-${randomUUID()}`;
  const ctx = { taskQueue } as TimeSkippingClaims;

  beforeAll(async () => {
    const { databaseUrl, testServerPath, temporalAddress, temporalNamespace } = testEnv();
    ctx.db = await createDataSource(databaseUrl).initialize();
    const client = { dataConverter: claimsDataConverter(options.payloadCodec) };
    if (options.server === 'dev') {
      ctx.env = await TestWorkflowEnvironment.createFromExistingServer({ address: temporalAddress, namespace: temporalNamespace, client });
      ctx.startedAt = await ctx.env.currentTimeMs();
    } else {
      ctx.env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: testServerPath } }, client });
      ctx.startedAt = await pinClock(ctx.env);
      await registerClaimSearchAttributes(ctx.env.connection, ctx.env.namespace ?? 'default');
    }
    await claimWorkflowBundle();
    worker = await createClaimsWorker({
      connection: ctx.env.nativeConnection,
      namespace: ctx.env.namespace ?? 'default',
      taskQueue,
      dataSource: ctx.db,
      payloadCodec: options.payloadCodec,
      notifications: { sender: new LogSender(() => undefined), surveyTokenSecret: TEST_SURVEY_SECRET, publicBaseUrl: 'http://claims.test' },
    });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await ctx.env?.teardown();
    await ctx.db?.destroy();
  });

  ctx.startClaim = async (overrides = {}, claimPolicy = policy, registration = { by: 'api' }) => {
    const { externalRef: _externalRef, demandedRemedy: _demanded, ...body } = sampleIntakeBody({ attachments: [] });
    // the order's dates follow the test clock: bought 200 days before, delivered 4 days later
    const now = await ctx.env.currentTimeMs();
    const order = { ...body.order, purchasedAt: daysBefore(now, 200), deliveredAt: daysBefore(now, 196) };
    const data = { ...(body as ClaimIntake), order, ...overrides };
    const input = claimWorkflowInput(data, { policy: claimPolicy, now, actor: agent });
    const { claimId } = input;
    // registered before the start, as the API does; `by: 'workflow'` starts it as claims did before (or a direct start)
    if (registration.by === 'api') {
      input.registration = await registerClaimNumber(ctx.db, registrationInputOf(claimId, data, claimPolicy, new Date(now)));
      input.actionsInTask = true;
      input.timersInTask = true;
    }
    // with the search attributes the API sets at the start
    const started = await ctx.env.client.workflow.start('claimWorkflow', { workflowId: claimWorkflowId(claimId), taskQueue, args: [input], typedSearchAttributes: startSearchAttributes(input) });
    const eventLog = new ClaimEventLog(ctx.db);
    const handle: WorkflowHandle = { ...started, executeUpdate: async (...args: Parameters<WorkflowHandle['executeUpdate']>) => eventLog.settle(claimId, (await started.executeUpdate(...args)) as object) } as WorkflowHandle;
    const { claim } = await handle.executeUpdate(intakeUpdate);
    return { handle, claimId, view: claim };
  };
  ctx.view = (handle) => handle.query(claimViewQuery);
  ctx.auditActions = async (claimId) => {
    // once the worker's staged-batch relay has promoted what the claim staged (its last batch, a timer's, is the relay's)
    await eventually(
      async () => Number((await ctx.db.query(`SELECT count(*) AS n FROM staged_claim_events WHERE claim_id = $1`, [claimId]))[0].n),
      (n) => n === 0,
      10_000,
      50,
    );
    const rows = await ctx.db.query(`SELECT seq, action FROM audit_events WHERE claim_id = $1 ORDER BY seq`, [claimId]);
    return rows.map((r: { seq: number; action: string }) => ({ seq: Number(r.seq), action: r.action }));
  };
  return ctx;
}

/** The ApplicationFailure an Update was refused with; fails the test when it was accepted. */
export async function refusal(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const err = await promise.then(
    () => {
      throw new Error('expected the update to be refused');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (err as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  return cause as ApplicationFailure;
}
