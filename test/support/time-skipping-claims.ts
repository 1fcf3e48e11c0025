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
import { parsePolicy } from '../../domain/policy/policy.validate';
import { checkWarranty } from '../../domain/warranty/warranty';
import defaultPolicyJson from '../../policy/default-policy.json';
import { createDataSource } from '../../src/database/data-source';
import { LogSender } from '../../src/notifications/notification-sender';
import { claimWorkflowBundle, createClaimsWorker } from '../../src/worker/claims-worker';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { claimViewQuery, intakeUpdate, type ClaimWorkflowInput } from '../../workflows/claim/claim.messages';
import { sampleIntakeBody } from './claim-fixtures';
import { registerClaimSearchAttributes } from './search-attributes';
import { daysBefore, pinClock } from './test-clock';
import { testEnv } from './test-env';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const policy = parsePolicy(defaultPolicyJson);
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
  startClaim(overrides?: Partial<ClaimIntake>): Promise<{ handle: WorkflowHandle; claimId: string; view: ClaimView }>;
  view(handle: WorkflowHandle): Promise<ClaimView>;
  /** the claim's audit log as (seq, action), in order */
  auditActions(claimId: string): Promise<Array<{ seq: number; action: string }>>;
}

export function useTimeSkippingClaims(): TimeSkippingClaims {
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `claims-ts-${randomUUID()}`;
  const ctx = { taskQueue } as TimeSkippingClaims;

  beforeAll(async () => {
    const { databaseUrl, testServerPath } = testEnv();
    ctx.db = await createDataSource(databaseUrl).initialize();
    ctx.env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: testServerPath } },
    });
    ctx.startedAt = await pinClock(ctx.env);
    await registerClaimSearchAttributes(ctx.env.connection, ctx.env.namespace ?? 'default');
    await claimWorkflowBundle();
    worker = await createClaimsWorker({
      connection: ctx.env.nativeConnection,
      namespace: ctx.env.namespace ?? 'default',
      taskQueue,
      dataSource: ctx.db,
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

  ctx.startClaim = async (overrides = {}) => {
    const claimId = randomUUID();
    const { externalRef: _externalRef, demandedRemedy: _demanded, ...body } = sampleIntakeBody({ attachments: [] });
    // the order's dates follow the test clock: bought 200 days before, delivered 4 days later
    const now = await ctx.env.currentTimeMs();
    const order = { ...body.order, purchasedAt: daysBefore(now, 200), deliveredAt: daysBefore(now, 196) };
    const data = { ...(body as ClaimIntake), order, ...overrides };
    const input: ClaimWorkflowInput = {
      claimId,
      requestId: randomUUID(),
      intake: data,
      warranty: checkWarranty(policy, data.order, new Date(now)),
      policy,
      actor: agent,
    };
    const handle = await ctx.env.client.workflow.start('claimWorkflow', { workflowId: claimWorkflowId(claimId), taskQueue, args: [input] });
    const { claim } = await handle.executeUpdate(intakeUpdate);
    return { handle, claimId, view: claim };
  };
  ctx.view = (handle) => handle.query(claimViewQuery);
  ctx.auditActions = async (claimId) => {
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
