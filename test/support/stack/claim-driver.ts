/**
 * Drives claims through their lifecycle over HTTP the way a well-behaved client does
 * while things fail: every request carries an Idempotency-Key and is retried with the
 * same key after a network error or a 503 (honouring Retry-After, capped), so a retry
 * never applies an action twice. Anything else unexpected is recorded as a problem.
 */
import { claimBody } from '../claim-body';
import type { ApiClient, ApiResponse, RequestOptions } from './api-client';

export interface DriveLog {
  /** attempts sent, retries included */
  requests: number;
  /** requests that got their final answer */
  answered: number;
  /** the longest time one request took to its final answer, retries included */
  slowestMs: number;
  networkErrors: number;
  unavailable: number;
  unavailableWithRetryAfter: number;
  /** things a correct system never does (a 500, a 503 without Retry-After, an unexpected status) */
  problems: string[];
  /** HTTP attempts sent and not answered yet (a connection cut now fails them) */
  attemptsInFlight: number;
  /** claims whose driver has started and not finished */
  claimsInProgress: number;
  /** requests (numbered from 1) without their final answer yet */
  pending: Set<number>;
  /** request number → when it got its final answer (ms since the epoch) */
  answeredAt: Map<number, number>;
}

export function newDriveLog(): DriveLog {
  return {
    requests: 0,
    answered: 0,
    slowestMs: 0,
    networkErrors: 0,
    unavailable: 0,
    unavailableWithRetryAfter: 0,
    problems: [],
    attemptsInFlight: 0,
    claimsInProgress: 0,
    pending: new Set(),
    answeredAt: new Map(),
  };
}

/** The counters of a log, printable (without the per-request sets). */
export function driveCounters(log: DriveLog): Record<string, number> {
  const { requests, answered, slowestMs, networkErrors, unavailable, unavailableWithRetryAfter, attemptsInFlight, claimsInProgress } = log;
  return { requests, answered, slowestMs, networkErrors, unavailable, unavailableWithRetryAfter, problems: log.problems.length, attemptsInFlight, claimsInProgress };
}

let requestCounter = 0;

export interface DriverOptions {
  /** the current API (it may be replaced while the driver runs) */
  client: () => ApiClient;
  log: DriveLog;
  /** give up on one request after this long */
  requestDeadlineMs?: number;
  /** the longest pause before a retry, whatever Retry-After says */
  maxRetryPauseMs?: number;
  /** per-attempt HTTP timeout */
  attemptTimeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request, retried until it gets an answer that is not a network error, a 503 or an "in progress" 409. */
export async function sendWithRetry(method: string, path: string, options: RequestOptions, driver: DriverOptions): Promise<ApiResponse> {
  const { log } = driver;
  const number = ++requestCounter;
  log.pending.add(number);
  try {
    return await retryUntilAnswered(method, path, options, driver);
  } finally {
    log.pending.delete(number);
    log.answeredAt.set(number, Date.now());
  }
}

async function retryUntilAnswered(method: string, path: string, options: RequestOptions, driver: DriverOptions): Promise<ApiResponse> {
  const { log } = driver;
  const deadline = Date.now() + (driver.requestDeadlineMs ?? 180_000);
  const maxPause = driver.maxRetryPauseMs ?? 1_000;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    if (Date.now() > deadline) throw new Error(`${method} ${path}: no final answer after ${attempt - 1} attempts`);
    log.requests += 1;
    let res: ApiResponse;
    log.attemptsInFlight += 1;
    try {
      res = await driver.client().request(method, path, { ...options, timeoutMs: driver.attemptTimeoutMs ?? 30_000 });
    } catch {
      log.networkErrors += 1;
      await sleep(Math.min(maxPause, 100 * attempt));
      continue;
    } finally {
      log.attemptsInFlight -= 1;
    }
    if (res.status === 503) {
      log.unavailable += 1;
      const retryAfter = Number(res.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) log.unavailableWithRetryAfter += 1;
      else log.problems.push(`${method} ${path}: 503 without Retry-After`);
      if (!/application\/problem\+json/.test(res.headers.get('content-type') ?? '')) log.problems.push(`${method} ${path}: 503 not problem+json`);
      await sleep(Math.min(maxPause, (retryAfter || 1) * 1000));
      continue;
    }
    if (res.status === 409 && /idempotency-in-progress$/.test(String((res.body as { type?: string })?.type))) {
      await sleep(Math.min(maxPause, 100 * attempt));
      continue;
    }
    if (res.status >= 500) {
      log.problems.push(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      await sleep(Math.min(maxPause, 100 * attempt));
      continue;
    }
    log.answered += 1;
    log.slowestMs = Math.max(log.slowestMs, Date.now() - started);
    return res;
  }
}

/** The audit actions a claim driven by driveLifecycle() must have, each exactly once, in this order. */
export const LIFECYCLE_ACTIONS = [
  'claim.received',
  'claim.triaged',
  'remedy.chosen',
  'remedy.completed',
  // the follow-up stage (short policy): the survey goes out, is reminded of once, expires unanswered
  'followup.started',
  'survey.sent',
  'survey.reminder_sent',
  'survey.expired',
  'claim.closed',
  'claim.archived',
];

/** The customer notifications a claim driven by driveLifecycle() gets, each exactly once. */
export const LIFECYCLE_NOTIFICATIONS = ['claim_received', 'remedy_chosen', 'claim_resolved', 'survey_link', 'survey_reminder'];

/** The audit actions of a dispute driven to settled (opened → accepted → settled), each exactly once. */
export const DISPUTE_ACTIONS = ['dispute.opened', 'dispute.accepted', 'dispute.settled'];
/** The supplier webhooks of such a dispute, each delivered once. */
export const DISPUTE_WEBHOOKS = ['task.created', 'task.settled'];

export interface DrivenClaim {
  key: string;
  claimId: string;
  orderId: string;
  /** the supplier dispute opened on it, when there was one */
  disputeId?: string;
}

/** The requests of a lifecycle after the intake, in order, with their bodies (the bench's minimal lifecycle sends the same). */
export const LIFECYCLE_REQUESTS: ReadonlyArray<readonly [string, unknown]> = [
  ['triage', { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' }],
  ['remedy', { kind: 'refund' }],
  ['remedy/complete', { notes: 'refunded' }],
];

/**
 * intake → triage → remedy (refund) → complete (→ follow-up → closed), each step with its own
 * Idempotency-Key derived from `key`; with `dispute`, a supplier dispute is opened after
 * triage, accepted by the supplier and settled by staff before the remedy. Returns the
 * claim; throws when a step gets an answer other than the expected one.
 */
export async function driveLifecycle(key: string, driver: DriverOptions, steps = 4, dispute = false): Promise<DrivenClaim> {
  driver.log.claimsInProgress += 1;
  try {
    return await lifecycle(key, driver, steps, dispute);
  } finally {
    driver.log.claimsInProgress -= 1;
  }
}

async function lifecycle(key: string, driver: DriverOptions, steps: number, dispute: boolean): Promise<DrivenClaim> {
  const body = claimBody({ externalRef: undefined });
  delete body.externalRef;
  const expect = (res: ApiResponse, ok: number[], what: string) => {
    if (!ok.includes(res.status)) {
      const problem = `${what} (${key}): ${res.status} ${JSON.stringify(res.body)}`;
      driver.log.problems.push(problem);
      throw new Error(problem);
    }
  };
  const intake = await sendWithRetry('POST', '/claims', { as: 'agent', body, headers: { 'Idempotency-Key': `${key}-intake` } }, driver);
  expect(intake, [200, 201], 'intake');
  const claimId = (intake.body as { id: string }).id;
  const actions = LIFECYCLE_REQUESTS;
  let disputeId: string | undefined;
  for (const [action, payload] of actions.slice(0, steps - 1)) {
    const res = await sendWithRetry(
      'POST',
      `/claims/${claimId}/${action}`,
      { as: 'agent', body: payload, headers: { 'Idempotency-Key': `${key}-${action}` } },
      driver,
    );
    expect(res, [200], action);
    if (action === 'triage' && dispute) disputeId = await settledDispute(key, claimId, driver, expect);
  }
  return { key, claimId, orderId: body.order.orderId, ...(disputeId ? { disputeId } : {}) };
}

/** A supplier dispute on the claim: opened (agent), accepted (the supplier's key), settled (agent). */
async function settledDispute(key: string, claimId: string, driver: DriverOptions, expect: (res: ApiResponse, ok: number[], what: string) => void): Promise<string> {
  const opened = await sendWithRetry(
    'POST',
    `/claims/${claimId}/supplier-disputes`,
    { as: 'agent', body: { kind: 'manufacturing_defect', amountClaimed: 12500, currency: 'RUB', message: 'Filler shrank within 5 months' }, headers: { 'Idempotency-Key': `${key}-dispute` } },
    driver,
  );
  expect(opened, [201], 'dispute');
  const disputeId = (opened.body as { id: string }).id;
  const accepted = await sendWithRetry('POST', `/supplier/tasks/${disputeId}/accept`, { as: 'supplier', body: { remedy: 'repair' }, headers: { 'Idempotency-Key': `${key}-accept` } }, driver);
  expect(accepted, [200], 'dispute accept');
  const settled = await sendWithRetry(
    'POST',
    `/claims/${claimId}/supplier-disputes/${disputeId}/settle`,
    { as: 'agent', body: { amount: 10000, reason: 'credit note' }, headers: { 'Idempotency-Key': `${key}-settle` } },
    driver,
  );
  expect(settled, [200], 'dispute settle');
  return disputeId;
}

/** Runs `task(i)` for i in [0, count) with at most `concurrency` at a time; collects errors instead of stopping. */
export async function runPool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<{ results: T[]; errors: unknown[] }> {
  const results: T[] = [];
  const errors: unknown[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        try {
          results.push(await task(i));
        } catch (err) {
          errors.push(err);
        }
      }
    }),
  );
  return { results, errors };
}
