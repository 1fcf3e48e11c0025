/**
 * A whole system of real processes for fault tests and the benchmark: a Temporal dev
 * server (its own, with a SQLite file, or an existing one), a migrated PostgreSQL
 * database, and the API and the worker as child processes that can be killed and
 * started again.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../../src/database/data-source';
import { freePort, startTemporalDevServer, type DevServerHandle } from '../../../embedded/temporal-cli';
import { ApiClient, type Role } from './api-client';
import { REPO_ROOT, spawnService, type ChildService } from './child-service';

export const SHORT_POLICY_FILE = path.join(REPO_ROOT, 'policy', 'short-policy.json');
export const DEFAULT_ADMIN_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates a database `<prefix>_<time>_<pid>` on the server of `serverUrl`, migrated. */
export async function createMigratedDatabase(serverUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: databaseUrlFor(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrlFor(serverUrl, name);
  await runMigrations(url);
  return url;
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new Client({ connectionString: databaseUrlFor(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export interface StackOptions {
  /** folder for logs and the Temporal SQLite file */
  workDir: string;
  databaseUrl: string;
  /** an existing Temporal server; otherwise the stack starts its own dev server */
  temporalAddress?: string;
  policyFile?: string;
  /** extra environment for the API and the worker */
  env?: Record<string, string>;
  /** false: no worker (an API that only reads, e.g. over a seeded read model) */
  worker?: boolean;
  /** customer notifications go out as a webhook to this URL, or by e-mail to this SMTP server (a local receiver), instead of the log */
  notificationSender?: { kind: 'webhook' | 'smtp'; url: string };
  /** options for node itself when it starts the API and the worker (e.g. `--cpu-prof`, which NODE_OPTIONS may not carry) */
  nodeArgs?: string[];
  /** the test supplier (fabrika-yug) gets this webhook endpoint (a local receiver) and secret */
  supplierWebhook?: { url: string; secret: string };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function notificationSenderEnv(sender: StackOptions['notificationSender']): Record<string, string> {
  if (!sender) return {};
  if (sender.kind === 'smtp') return { NOTIFICATION_SENDER: 'smtp', SMTP_URL: sender.url, SMTP_FROM: 'claims@shop.example' };
  return { NOTIFICATION_SENDER: 'webhook', NOTIFICATION_WEBHOOK_URL: sender.url };
}

export class Stack {
  readonly taskQueue = `claims-${randomUUID().slice(0, 8)}`;
  readonly adminKey = `admin-${randomBytes(16).toString('hex')}`;
  /** signs survey links; the API and the worker must share it */
  readonly surveyTokenSecret = randomBytes(32).toString('hex');
  /** signs audit checkpoints; the API and the worker must share it */
  readonly auditCheckpointKey = randomBytes(32).toString('hex');
  temporal?: DevServerHandle;
  temporalAddress = '';
  temporalPort = 0;
  apiPort = 0;
  api?: ChildService;
  worker?: ChildService;
  readonly extraWorkers: ChildService[] = [];
  readonly keys = {} as Record<Role, string>;

  constructor(readonly options: StackOptions) {
    fs.mkdirSync(options.workDir, { recursive: true });
  }

  get http(): ApiClient {
    return new ApiClient(`http://127.0.0.1:${this.apiPort}`, this.keys);
  }

  /** Temporal (own or given), the worker, the API, and one API key per role. */
  async start(): Promise<this> {
    if (this.options.temporalAddress) this.temporalAddress = this.options.temporalAddress;
    else await this.startTemporal();
    this.apiPort = await freePort();
    if (this.options.worker !== false) this.startWorker();
    await this.startApi();
    this.keys.admin = this.adminKey;
    for (const role of ['agent', 'supervisor', 'auditor', 'integration'] as const) {
      const res = await this.http.request('POST', '/admin/api-keys', { as: 'admin', body: { name: `stack ${role}`, role } });
      if (res.status !== 201) throw new Error(`could not create a ${role} key: ${res.status} ${JSON.stringify(res.body)}`);
      this.keys[role] = (res.body as { key: string }).key;
    }
    // a supplier key needs a registered supplier: the one the test claims name (claim-fixtures.ts)
    const webhook = this.options.supplierWebhook ? { webhookUrl: this.options.supplierWebhook.url, webhookSecret: this.options.supplierWebhook.secret } : {};
    const supplier = await this.http.request('POST', '/suppliers', { as: 'admin', body: { id: 'fabrika-yug', name: 'Fabrika Yug LLC', ...webhook } });
    if (supplier.status !== 201 && supplier.status !== 409) throw new Error(`could not register the test supplier: ${supplier.status}`);
    const key = await this.http.request('POST', '/admin/api-keys', { as: 'admin', body: { name: 'stack supplier', role: 'supplier', supplierId: 'fabrika-yug' } });
    if (key.status !== 201) throw new Error(`could not create a supplier key: ${key.status} ${JSON.stringify(key.body)}`);
    this.keys.supplier = (key.body as { key: string }).key;
    return this;
  }

  /** Own dev server, persistent (SQLite, WAL) so that it can be stopped and started again on the same port. */
  async startTemporal(): Promise<void> {
    this.temporalPort ||= await freePort();
    this.temporal = await startTemporalDevServer({
      dbFile: path.join(this.options.workDir, 'temporal.sqlite'),
      port: this.temporalPort,
      uiPort: false,
      logFile: path.join(this.options.workDir, 'temporal.log'),
    });
    this.temporalAddress = this.temporal.address;
  }

  async stopTemporal(): Promise<void> {
    await this.temporal?.stop();
    this.temporal = undefined;
  }

  /** The Temporal SQLite file (WAL mode: beside it `-wal` and `-shm`). */
  get temporalDbFile(): string {
    return path.join(this.options.workDir, 'temporal.sqlite');
  }

  /**
   * A crash of the Temporal server: SIGKILL to the process that really serves (checked
   * first: it runs the temporal binary, holds the SQLite file open and has no child
   * process a wrapper would have), no shutdown of any kind. Returns what was checked.
   */
  async crashTemporal(): Promise<{ pid: number; exe: string; holdsDbFile: boolean; children: number }> {
    const handle = this.temporal;
    if (!handle) throw new Error('no Temporal dev server of our own to crash');
    const proof = { pid: handle.pid, ...processFacts(handle.pid, this.temporalDbFile) };
    process.kill(handle.pid, 'SIGKILL');
    await handle.exited;
    this.temporal = undefined;
    return proof;
  }

  private serviceEnv(): Record<string, string> {
    return {
      DATABASE_URL: this.options.databaseUrl,
      TEMPORAL_ADDRESS: this.temporalAddress,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: this.taskQueue,
      CLAIMS_POLICY_FILE: this.options.policyFile ?? SHORT_POLICY_FILE,
      ADMIN_API_KEY: this.adminKey,
      SURVEY_TOKEN_SECRET: this.surveyTokenSecret,
      AUDIT_CHECKPOINT_KEY: this.auditCheckpointKey,
      // the scenarios and the fuzzer send many bad keys from one address: per-address limits off
      AUTH_FAILURES_PER_MINUTE: '0',
      SURVEY_RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      ...notificationSenderEnv(this.options.notificationSender),
      // the local receivers listen on loopback, which outbound calls may not reach by default
      ...(this.options.notificationSender || this.options.supplierWebhook ? { OUTBOUND_ALLOWED_NETWORKS: '127.0.0.1/32' } : {}),
      ...this.options.env,
    };
  }

  /** Another worker on the same task queue (several replicas side by side); stopped with the stack. */
  startExtraWorker(): ChildService {
    const worker = spawnService('worker', this.serviceEnv(), path.join(this.options.workDir, `worker-${this.extraWorkers.length + 2}.log`), this.options.nodeArgs);
    this.extraWorkers.push(worker);
    return worker;
  }

  startWorker(): ChildService {
    this.worker = spawnService('worker', this.serviceEnv(), path.join(this.options.workDir, 'worker.log'), this.options.nodeArgs);
    return this.worker;
  }

  /** Starts the API and waits until it answers /health with 200. */
  async startApi(timeoutMs = 60_000): Promise<ChildService> {
    const api = spawnService('api', { ...this.serviceEnv(), PORT: String(this.apiPort) }, path.join(this.options.workDir, 'api.log'), this.options.nodeArgs);
    this.api = api;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!api.alive()) throw new Error(`the API exited (${await api.exited}); see ${api.logFile}`);
      try {
        const res = await fetch(`http://127.0.0.1:${this.apiPort}/health`, { signal: AbortSignal.timeout(2000) });
        if (res.status === 200) return api;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`the API did not become healthy within ${timeoutMs} ms; see ${api.logFile}`);
      await sleep(200);
    }
  }

  async stop(): Promise<void> {
    await Promise.all([this.api?.stop(5_000), this.worker?.stop(10_000), ...this.extraWorkers.map((w) => w.stop(10_000))]);
    await this.stopTemporal();
  }
}

/**
 * What a process is, from /proc (Linux): the binary it runs, whether it holds `file`
 * open, and how many processes it is the parent of.
 */
export function processFacts(pid: number, file?: string): { exe: string; holdsDbFile: boolean; children: number } {
  const exe = fs.readlinkSync(`/proc/${pid}/exe`);
  let holdsDbFile = false;
  if (file) {
    const wanted = fs.realpathSync(file);
    for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
      try {
        if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === wanted) holdsDbFile = true;
      } catch {
        // closed meanwhile
      }
    }
  }
  return { exe, holdsDbFile, children: childPids(pid).length };
}

/** The processes whose parent is `pid` (from /proc). */
export function childPids(pid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
