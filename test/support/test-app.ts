/**
 * The whole system in-process for end-to-end tests: the NestJS API (over real HTTP via
 * supertest) and a claims worker, on the shared Temporal dev server and PostgreSQL
 * database of the Jest global set-up, with a task queue of its own.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NativeConnection, type Worker } from '@temporalio/worker';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../src/api.bootstrap';
import type { Role } from '../../src/auth/auth.types';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { createDataSource } from '../../src/database/data-source';
import { createClaimsWorker } from '../../src/worker/claims-worker';
import { testEnv } from './test-env';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  config: AppConfig;
  db: DataSource;
  /** one API key per role (`supplier` bound to supplier `fabrika-yug`) */
  keys: Record<Role, string>;
  auth(role: Role): { Authorization: string };
  close(): Promise<void>;
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SHORT_POLICY = path.join(REPO_ROOT, 'policy', 'short-policy.json');

export async function startTestApp(options: { policyFile?: string } = {}): Promise<TestApp> {
  const env = testEnv();
  const adminKey = `test-admin-${randomBytes(16).toString('hex')}`;
  const config = loadConfig({
    DATABASE_URL: env.databaseUrl,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_NAMESPACE: env.temporalNamespace,
    TEMPORAL_TASK_QUEUE: `claims-e2e-${randomUUID()}`,
    ADMIN_API_KEY: adminKey,
    CLAIMS_POLICY_FILE: options.policyFile ?? '',
    LOG_LEVEL: 'error',
  });
  const db = await createDataSource(env.databaseUrl).initialize();
  const connection = await NativeConnection.connect({ address: env.temporalAddress });
  const worker: Worker = await createClaimsWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    dataSource: db,
  });
  const running = worker.run();
  const app = await createApiApp(config, { logger: false, enableShutdownHooks: false });
  await app.init();
  const http = request(app.getHttpServer());

  const keys = { admin: adminKey } as Record<Role, string>;
  for (const role of ['agent', 'supervisor', 'supplier', 'auditor', 'integration'] as const) {
    const res = await http
      .post('/admin/api-keys')
      .set('Authorization', `Bearer ${adminKey}`)
      .send({ name: `e2e ${role}`, role, ...(role === 'supplier' ? { supplierId: 'fabrika-yug' } : {}) });
    if (res.status !== 201) throw new Error(`could not create a ${role} key: ${res.status} ${JSON.stringify(res.body)}`);
    keys[role] = res.body.key;
  }

  return {
    app,
    http,
    config,
    db,
    keys,
    auth: (role) => ({ Authorization: `Bearer ${keys[role]}` }),
    async close() {
      await app.close();
      worker.shutdown();
      await running;
      await connection.close();
      await db.destroy();
    },
  };
}

export { claimBody } from './claim-body';
