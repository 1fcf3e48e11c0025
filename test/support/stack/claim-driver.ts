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
}

export function newDriveLog(): DriveLog {
  return { requests: 0, answered: 0, slowestMs: 0, networkErrors: 0, unavailable: 0, unavailableWithRetryAfter: 0, problems: [] };
}

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
  const deadline = Date.now() + (driver.requestDeadlineMs ?? 180_000);
  const maxPause = driver.maxRetryPauseMs ?? 1_000;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    if (Date.now() > deadline) throw new Error(`${method} ${path}: no final answer after ${attempt - 1} attempts`);
    log.requests += 1;
    let res: ApiResponse;
    try {
      res = await driver.client().request(method, path, { ...options, timeoutMs: driver.attemptTimeoutMs ?? 30_000 });
    } catch {
      log.networkErrors += 1;
      await sleep(Math.min(maxPause, 100 * attempt));
      continue;
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

export interface DrivenClaim {
  key: string;
  claimId: string;
  orderId: string;
}

/**
 * intake → triage → remedy (refund) → complete (→ follow-up → closed), each step with its own
 * Idempotency-Key derived from `key`. Returns the claim; throws when a step gets an
 * answer other than the expected one.
 */
export async function driveLifecycle(key: string, driver: DriverOptions, steps = 4): Promise<DrivenClaim> {
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
  const actions: Array<[string, unknown]> = [
    ['triage', { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' }],
    ['remedy', { kind: 'refund' }],
    ['remedy/complete', { notes: 'refunded' }],
  ];
  for (const [action, payload] of actions.slice(0, steps - 1)) {
    const res = await sendWithRetry(
      'POST',
      `/claims/${claimId}/${action}`,
      { as: 'agent', body: payload, headers: { 'Idempotency-Key': `${key}-${action}` } },
      driver,
    );
    expect(res, [200], action);
  }
  return { key, claimId, orderId: body.order.orderId };
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
