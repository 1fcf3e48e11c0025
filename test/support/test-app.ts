/**
 * The whole system in-process for end-to-end tests: the NestJS API (over real HTTP via
 * supertest) and a claims worker, on the shared Temporal dev server and PostgreSQL
 * database of the Jest global set-up, with a task queue of its own.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { randomBytes, randomUUID } from 'node:crypto';
import { OutboundPolicy } from '../../activities/outbound/outbound-http';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NativeConnection, type Worker } from '@temporalio/worker';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../src/api.bootstrap';
import { SuppliersRepository } from '../../src/suppliers/suppliers.repository';
import { ApiKeyService } from '../../src/auth/api-key.service';
import type { Role } from '../../src/auth/auth.types';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { generatePayloadCodecKeyEntry } from '../../src/codec/payload-codec-keys';
import { HISTORY_KEY_2020 } from './history-codec-keys';
import { createDataSource } from '../../src/database/data-source';
import { ensureAppLogin } from '../../src/database/app-login';
import { LogSender } from '../../activities/customer-notifications/notification-sender';
import { createClaimsWorker } from '../../src/worker/claims-worker';
import { sampleIntakeBody } from './claim-fixtures';
import { testEnv } from './test-env';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  config: AppConfig;
  /** the owner's connection (migrations' role), for the tests' own queries; the app runs as wce_test_app */
  db: DataSource;
  /** the owner's database URL */
  ownerDatabaseUrl: string;
  /** one API key per role (`supplier` bound to supplier `fabrika-yug`) */
  keys: Record<Role, string>;
  auth(role: Role): { Authorization: string };
  close(): Promise<void>;
}

/** One checkpoint key for every test app of a run: they share the run's database and its audit log. */
export const TEST_AUDIT_CHECKPOINT_KEY = 'test-audit-checkpoint-key-0123456789abcdef';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SHORT_POLICY = path.join(REPO_ROOT, 'policy', 'short-policy.json');

export interface TestAppOptions {
  policyFile?: string;
  /** another database than the run's shared one (migrations applied) */
  databaseUrl?: string;
  /** PAYLOAD_CODEC_KEYS; default: a fresh key for this app */
  payloadCodecKeys?: string;
  /** RATE_LIMIT_PER_MINUTE; default: off, so tests are not throttled */
  rateLimitPerMinute?: number;
  /** AUTH_FAILURES_PER_MINUTE and SURVEY_RATE_LIMIT_PER_MINUTE per client address; default: off */
  addressLimits?: { authFailures?: number; surveys?: number };
  /** CODEC_CORS_ORIGINS */
  codecCorsOrigins?: string;
  /** OUTBOUND_ALLOWED_NETWORKS, e.g. `127.0.0.1/32` for a test's local webhook receiver; default none */
  outboundAllowedNetworks?: string;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const env = { ...testEnv(), ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) };
  const adminKey = `test-admin-${randomBytes(16).toString('hex')}`;
  // the API and the worker connect as a non-superuser login in wce_app, as when deployed;
  // `db` (the tests' own queries) as the owner
  const appDatabaseUrl = await ensureAppLogin(env.databaseUrl, 'wce_test_app', 'wce-test-app-password');
  const config = loadConfig({
    DATABASE_URL: appDatabaseUrl,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_NAMESPACE: env.temporalNamespace,
    TEMPORAL_TASK_QUEUE: `claims-e2e-${randomUUID()}`,
    ADMIN_API_KEY: adminKey,
    CLAIMS_POLICY_FILE: options.policyFile ?? '',
    LOG_LEVEL: 'error',
    // recording histories for the replay test: with the key the replay test holds as current
    PAYLOAD_CODEC_KEYS: options.payloadCodecKeys ?? (process.env.RECORD_HISTORIES === '1' ? HISTORY_KEY_2020 : generatePayloadCodecKeyEntry('test')),
    RATE_LIMIT_PER_MINUTE: String(options.rateLimitPerMinute ?? 0),
    AUTH_FAILURES_PER_MINUTE: String(options.addressLimits?.authFailures ?? 0),
    SURVEY_RATE_LIMIT_PER_MINUTE: String(options.addressLimits?.surveys ?? 0),
    CODEC_CORS_ORIGINS: options.codecCorsOrigins ?? '',
    OUTBOUND_ALLOWED_NETWORKS: options.outboundAllowedNetworks ?? '',
    SURVEY_TOKEN_SECRET: randomBytes(32).toString('hex'),
    AUDIT_CHECKPOINT_KEY: TEST_AUDIT_CHECKPOINT_KEY,
  });
  const db = await createDataSource(env.databaseUrl).initialize();
  const appDb = await createDataSource(appDatabaseUrl).initialize();
  const connection = await NativeConnection.connect({ address: env.temporalAddress });
  const worker: Worker = await createClaimsWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    dataSource: appDb,
    payloadCodec: config.payloadCodec,
    outbound: new OutboundPolicy(config.outboundAllowedNetworks),
    auditCheckpointKey: config.auditCheckpointKey,
    notifications: { sender: new LogSender(() => undefined), surveyTokenSecret: config.surveyTokenSecret, publicBaseUrl: config.publicBaseUrl, timeZone: config.policy.timeZone },
  });
  const running = worker.run();
  const app = await createApiApp(config, { logger: false, enableShutdownHooks: false });
  await app.init();
  const http = request(app.getHttpServer());

  // created through the service, not over HTTP, so that they cost no rate-limit tokens of the admin key
  const keys = { admin: adminKey } as Record<Role, string>;
  const apiKeys = app.get(ApiKeyService);
  const creator = { id: 'test-app', name: 'test app', role: 'admin' as const };
  // a supplier key is bound to a registered supplier; the shared test database may hold it already
  await app.get(SuppliersRepository).insert('fabrika-yug', { name: 'Fabrika Yug LLC' });
  for (const role of ['agent', 'supervisor', 'supplier', 'auditor', 'integration'] as const) {
    const created = await apiKeys.create({ name: `e2e ${role}`, role, ...(role === 'supplier' ? { supplierId: 'fabrika-yug' } : {}) }, creator);
    keys[role] = created.key;
  }

  return {
    app,
    http,
    config,
    db,
    ownerDatabaseUrl: env.databaseUrl,
    keys,
    auth: (role) => ({ Authorization: `Bearer ${keys[role]}` }),
    async close() {
      await app.close();
      worker.shutdown();
      await running;
      await connection.close();
      await appDb.destroy();
      await db.destroy();
    },
  };
}

/** A valid intake body (the DESIGN example) with fresh business keys. */
export const claimBody = sampleIntakeBody;

/** Makes the app listen on a free loopback port, for clients that need a real URL (a browser, a CLI, an outside tool); its base URL. */
export async function listenOnLoopback(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  return (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
}

/** The short policy with a survey that stays open long enough for a person (or a browser) to answer: a policy file. */
export function longSurveyPolicyFile(): string {
  const policy = JSON.parse(fs.readFileSync(SHORT_POLICY, 'utf8'));
  policy.followUp = { ...policy.followUp, surveyReminderAfter: '50s', surveyExpiresAfter: '120s', reviewMonitoringWindow: '120s' };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wce-policy-')), 'policy.json');
  fs.writeFileSync(file, JSON.stringify(policy));
  return file;
}
