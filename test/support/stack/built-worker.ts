/**
 * The built worker (`npm run worker`'s program, dist/src/worker/worker.main.js) as an operator
 * runs it: its own process on this run's Temporal server and database, on a task queue of its
 * own, with the environment the test gives it; and a claim taken in on that queue as the API
 * does it (update-with-start of the intake).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { ClaimIntake } from '../../../domain/claim.types';
import { intakeUpdate } from '../../../workflows/claim/claim.messages';
import { claimWorkflowId } from '../../../workflows/claim/claim.ids';
import { startSearchAttributes } from '../../../workflows/claim/search-attributes';
import { sampleIntakeBody } from '../claim-fixtures';
import { claimWorkflowInput } from '../claim-workflow-input';
import { REPO_ROOT } from './child-service';
import { testEnv } from '../test-env';

export interface BuiltWorker {
  child: ChildProcess;
  /** everything it wrote to stdout and stderr so far */
  output(): string;
  exited: Promise<number | null>;
  taskQueue: string;
}

export function startBuiltWorker(options: { name: string; nodeOptions?: string; env?: Record<string, string> }): BuiltWorker {
  const e = testEnv();
  const taskQueue = `${options.name}-${randomUUID()}`;
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/src/worker/worker.main.js')], {
    env: {
      PATH: PATH ?? '',
      HOME: HOME ?? '',
      NODE_OPTIONS: options.nodeOptions ?? '',
      DATABASE_URL: e.databaseUrl,
      TEMPORAL_ADDRESS: e.temporalAddress,
      TEMPORAL_NAMESPACE: e.temporalNamespace,
      TEMPORAL_TASK_QUEUE: taskQueue,
      SURVEY_TOKEN_SECRET: 's'.repeat(32),
      AUDIT_CHECKPOINT_KEY: 'c'.repeat(32),
      LOG_FORMAT: 'text',
      ...options.env,
    },
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited, taskQueue };
}

/** Takes a claim in on `taskQueue` as the API does; answers once the worker has recorded the intake. */
export async function takeInClaim(client: Client, taskQueue: string): Promise<string> {
  const input = claimWorkflowInput(sampleIntakeBody() as ClaimIntake, { actor: { id: 'key-agent', name: 'Agent', role: 'agent' } });
  const start = new WithStartWorkflowOperation('claimWorkflow', {
    workflowId: claimWorkflowId(input.claimId),
    taskQueue,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    typedSearchAttributes: startSearchAttributes(input),
  });
  await client.workflow.executeUpdateWithStart(intakeUpdate, { startWorkflowOperation: start });
  return input.claimId;
}
