/**
 * What every fault scenario shares: a whole system of real processes on a database and a
 * Temporal server of its own, claims driven concurrently through their lifecycle while
 * something fails, and the end-of-scenario checks.
 */
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { verifyWebhookSignature } from '../../../activities/supplier-disputes/webhook-signature';
import { checkClaims, deliveryCounts, supplierWebhookProblems, waitForAction, type ExpectedClaim, type SenderOutage } from '../../support/stack/audit-check';
import {
  DISPUTE_ACTIONS,
  DISPUTE_WEBHOOKS,
  driveCounters,
  driveLifecycle,
  LIFECYCLE_ACTIONS,
  LIFECYCLE_NOTIFICATIONS,
  newDriveLog,
  runPool,
  type DrivenClaim,
  type DriveLog,
  type DriverOptions,
} from '../../support/stack/claim-driver';
import { personalDataInLogs } from '../../support/stack/log-scan';
import { createMigratedDatabase, DEFAULT_ADMIN_PG_URL, dropDatabase, Stack, type StackOptions } from '../../support/stack/stack';
import { SmtpReceiver } from '../../support/stack/smtp-receiver';
import { WebhookReceiver } from '../../support/stack/webhook-receiver';

/** Claims per scenario: FAULT_CLAIMS, default 200. */
export const FAULT_CLAIMS = Number(process.env.FAULT_CLAIMS || 200);
/** Claims driven at once. */
export const FAULT_CONCURRENCY = Number(process.env.FAULT_CONCURRENCY || 20);

/** A fresh folder for a scenario's logs and data; removed by removeScenarioDir unless FAULT_KEEP_LOGS=1. */
export function scenarioDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `wce-fault-${name}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}

export function removeScenarioDir(dir: string): void {
  if (process.env.FAULT_KEEP_LOGS === '1') process.stderr.write(`fault scenario logs kept in ${dir}\n`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

/** A migrated database of its own on the machine's PostgreSQL (TEST_PG_URL), dropped by the returned function. */
export async function scenarioDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = await createMigratedDatabase(process.env.TEST_PG_URL || DEFAULT_ADMIN_PG_URL, 'wce_fault');
  return { url, drop: () => dropDatabase(url) };
}

/**
 * The stand-ins for what lies outside the product, real servers in the test process: the
 * service customer notifications go to — an HTTP messaging service (webhook sender,
 * counted per `Idempotency-Key`) or a mail server (SMTP sender, counted per Message-ID),
 * both keyed by the notification id — and the supplier's webhook endpoint (counted per
 * `X-Event-Id`).
 */
export interface Receivers {
  notifications: WebhookReceiver | SmtpReceiver;
  supplier: WebhookReceiver;
  supplierSecret: string;
}

/** How customer notifications leave in a scenario: the sender the product is configured with. */
export type NotificationChannel = 'webhook' | 'smtp';

export async function startReceivers(channel: NotificationChannel = 'webhook'): Promise<Receivers> {
  const [notifications, supplier] = await Promise.all([
    channel === 'smtp' ? new SmtpReceiver().start() : new WebhookReceiver('idempotency-key').start(),
    new WebhookReceiver('x-event-id').start(),
  ]);
  return { notifications, supplier, supplierSecret: `whsec_${randomBytes(16).toString('hex')}` };
}

export async function closeReceivers(receivers: Receivers | undefined): Promise<void> {
  await Promise.all([receivers?.notifications.close(), receivers?.supplier.close()]);
}

/** The stack options that point the notification sender and the test supplier at the receivers. */
export function receiverOptions(receivers: Receivers): Pick<StackOptions, 'notificationSender' | 'supplierWebhook'> {
  const kind = receivers.notifications instanceof SmtpReceiver ? 'smtp' : 'webhook';
  return { notificationSender: { kind, url: receivers.notifications.url }, supplierWebhook: { url: receivers.supplier.url, secret: receivers.supplierSecret } };
}

/**
 * Registers beforeAll / afterAll for a scenario on its own database (machine PostgreSQL),
 * Temporal dev server, API and worker, with the receivers; the getters are valid inside
 * the tests. `beforeTeardown` runs a clean-up (e.g. closing a connection to the database)
 * before the database is dropped.
 */
export function scenarioStack(
  name: string,
  env: Record<string, string> = {},
  channel: NotificationChannel = 'webhook',
): { stack: () => Stack; databaseUrl: () => string; receivers: () => Receivers; beforeTeardown: (fn: () => Promise<void>) => void } {
  const dir = scenarioDir(name);
  const teardowns: Array<() => Promise<void>> = [];
  let stack: Stack | undefined;
  let db: Awaited<ReturnType<typeof scenarioDatabase>> | undefined;
  let receivers: Receivers | undefined;
  const started = Date.now();
  beforeAll(async () => {
    receivers = await startReceivers(channel);
    db = await scenarioDatabase();
    stack = await startStack({ workDir: dir, databaseUrl: db.url, env, ...receiverOptions(receivers) });
  });
  afterAll(async () => {
    for (const fn of teardowns) await fn();
    await stack?.stop();
    await closeReceivers(receivers);
    await db?.drop();
    note(`scenario ${name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // whatever the scenario did, its processes logged no customer's name, phone or e-mail
    const leaks = personalDataInLogs(dir);
    removeScenarioDir(dir);
    if (leaks.length) throw new Error(`personal data in the logs of scenario ${name}: ${leaks.slice(0, 20).join('; ')}`);
  });
  return { stack: () => stack!, databaseUrl: () => db!.url, receivers: () => receivers!, beforeTeardown: (fn) => teardowns.push(fn) };
}

/** At each share of the run's requests answered, calls `fault` (e.g. kill and restart a process). */
export async function atShares(run: Run, totalRequests: number, shares: number[], fault: (answered: number) => Promise<void>): Promise<void> {
  for (const share of shares) {
    await until(`${share * 100}% of the requests`, () => run.answered() >= totalRequests * share);
    await fault(run.answered());
  }
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const stack = new Stack(options);
  try {
    return await stack.start();
  } catch (err) {
    await stack.stop().catch(() => undefined);
    throw err;
  }
}

export interface Run {
  log: DriveLog;
  /** claims whose lifecycle (up to `steps`) completed */
  driven: DrivenClaim[];
  errors: unknown[];
  /** resolves when every claim's driver is done */
  done: Promise<void>;
  /** requests answered so far (a progress measure; 4 per claim) */
  answered(): number;
}

/**
 * Drives `count` claims through intake → triage → remedy → complete, `concurrency` at a
 * time; with `disputeEvery: n`, every n-th claim also gets a supplier dispute (opened,
 * accepted, settled) after triage.
 */
export function driveClaims(stack: Stack, count: number, concurrency: number, options: Partial<DriverOptions> & { disputeEvery?: number } = {}): Run {
  const { disputeEvery, ...driverOptions } = options;
  const log = newDriveLog();
  const driver: DriverOptions = { client: () => stack.http, log, ...driverOptions };
  const run: Run = {
    log,
    driven: [],
    errors: [],
    done: Promise.resolve(),
    answered: () => log.answered,
  };
  const prefix = `fault-${Date.now()}`;
  run.done = runPool(count, concurrency, (i) => driveLifecycle(`${prefix}-${i}`, driver, 4, disputeEvery !== undefined && i % disputeEvery === 0)).then(({ results, errors }) => {
    run.driven.push(...results);
    run.errors.push(...errors);
  });
  return run;
}

const started = Date.now();
/** A progress line on stderr when FAULT_VERBOSE=1 (Jest's console adds a stack to each line). */
export function note(message: string): void {
  if (process.env.FAULT_VERBOSE === '1') process.stderr.write(`[fault +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

/** Waits until `predicate` holds (polling), or fails after `timeoutMs`. */
export async function until(what: string, predicate: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What was in flight when a fault struck, to show afterwards that the fault interrupted work. */
export interface InFlight {
  at: number;
  /** requests sent and without their final answer */
  requests: number[];
  /** HTTP attempts waiting for an answer (a killed API cuts them) */
  attempts: number;
  /** claims whose driver was mid-lifecycle */
  claims: number;
}

export function inFlightNow(run: Run): InFlight {
  return { at: Date.now(), requests: [...run.log.pending], attempts: run.log.attemptsInFlight, claims: run.log.claimsInProgress };
}

/** How many of the requests in flight at `snapshot` got their final answer only after `since` (e.g. a restart). */
export function answeredAfter(run: Run, snapshot: InFlight, since: number): number {
  return snapshot.requests.filter((n) => (run.log.answeredAt.get(n) ?? Infinity) >= since).length;
}

export interface SoundnessOptions {
  /** the receivers the notification sender and the supplier webhooks post to: every delivery exactly once */
  receivers?: Receivers;
  /**
   * when the scenario crashed a sender of notifications and webhooks (the worker, or the
   * database it records them in): an identical redelivery across one of these instants is
   * allowed and counted (deliveryCounts); any other repeat fails
   */
  senderCrashes?: SenderOutage[];
}

/** What the judge looked at, for the progress lines and the report. */
export interface SoundnessSummary {
  claims: number;
  auditEvents: number;
  notificationsDelivered: number;
  /** identical repeats of a notification delivery (same id and body), after a crash of its sender */
  notificationRedeliveries: number;
  disputes: number;
  supplierWebhooks: number;
  supplierRedeliveries: number;
}

/**
 * The end-of-scenario checks: every driven claim closed and archived (its reopen window
 * over), one claim per order, each audit log complete, in order, chained, without any
 * event twice; every customer notification in the outbox once, sent, delivered once; for
 * claims with a dispute, its events once and each supplier webhook delivered once, signed.
 */
export async function expectAllClaimsSound(databaseUrl: string, run: Run, expectedCount: number, options: SoundnessOptions = {}): Promise<SoundnessSummary> {
  expect(run.errors.map(String)).toEqual([]);
  expect(run.log.problems).toEqual([]);
  expect(run.driven).toHaveLength(expectedCount);
  note(`driven: ${JSON.stringify(driveCounters(run.log))}`);
  const ids = run.driven.map((c) => c.claimId);
  const archived = await waitForAction(databaseUrl, ids, 'claim.archived', 120_000);
  note(`archived: ${archived}/${ids.length}`);
  expect(archived).toBe(ids.length);
  const { receivers } = options;
  const expected: ExpectedClaim[] = run.driven.map((c) => ({
    claimId: c.claimId,
    orderId: c.orderId,
    status: 'closed',
    actions: LIFECYCLE_ACTIONS,
    unorderedActions: c.disputeId ? DISPUTE_ACTIONS : [],
    notifications: LIFECYCLE_NOTIFICATIONS,
  }));
  const crashes = options.senderCrashes ?? [];
  // a notification is marked sent once delivered: wait for the last ones before counting
  if (receivers) await settled(receivers.notifications, ids.length * LIFECYCLE_NOTIFICATIONS.length);
  const notifications = deliveryCounts(receivers?.notifications.deliveries ?? [], crashes);
  expect(notifications.problems).toEqual([]);
  expect(await checkClaims(databaseUrl, expected, { notificationDeliveries: receivers ? notifications.counts : undefined })).toEqual([]);
  const disputeIds = run.driven.flatMap((c) => (c.disputeId ? [c.disputeId] : []));
  const supplierDeliveries = (receivers?.supplier.deliveries ?? []).map((d) => ({
    id: d.id,
    body: d.body,
    at: d.at,
    type: String(d.headers['x-event-type']),
    signed: verifyWebhookSignature(d.body, receivers!.supplierSecret, d.headers['x-signature'] as string | undefined),
  }));
  if (disputeIds.length) {
    await settled(receivers!.supplier, disputeIds.length * DISPUTE_WEBHOOKS.length);
    expect(supplierWebhookProblems(supplierDeliveries, disputeIds, DISPUTE_WEBHOOKS, crashes)).toEqual([]);
  }
  // every batch an action staged was promoted, or dropped as a lost task's, by the time the claim archived
  expect(await countRows(databaseUrl, 'staged_claim_events', ids)).toBe(0);
  const summary: SoundnessSummary = {
    claims: ids.length,
    auditEvents: await countAuditEvents(databaseUrl, ids),
    notificationsDelivered: receivers?.notifications.deliveries.length ?? 0,
    notificationRedeliveries: notifications.redeliveries,
    disputes: disputeIds.length,
    supplierWebhooks: supplierDeliveries.length,
    supplierRedeliveries: deliveryCounts(supplierDeliveries, crashes).redeliveries,
  };
  note(`judged: ${JSON.stringify(summary)}`);
  return summary;
}

/** Waits until at least `atLeast` deliveries arrived and nothing more came for a second (or 30 s passed). */
async function settled(receiver: { deliveries: unknown[] }, atLeast: number): Promise<void> {
  // a delivery cut by a worker kill is retried only once its activity times out (1 min) and backs off
  const deadline = Date.now() + 150_000;
  let last = -1;
  while (Date.now() < deadline && (receiver.deliveries.length < atLeast || receiver.deliveries.length !== last)) {
    last = receiver.deliveries.length;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

async function countAuditEvents(databaseUrl: string, claimIds: string[]): Promise<number> {
  return countRows(databaseUrl, 'audit_events', claimIds);
}

async function countRows(databaseUrl: string, table: 'audit_events' | 'staged_claim_events', claimIds: string[]): Promise<number> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE claim_id = ANY($1)`, [claimIds]);
    return rows[0].n;
  } finally {
    await db.end();
  }
}
