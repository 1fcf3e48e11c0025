/**
 * README, configuration: WORKFLOW_STACK_TRACE_LIMIT caps the frames of a stack trace inside
 * the workflow sandbox, where the SDK records a stack for every promise a workflow creates;
 * by default (0) none is recorded, and an operator who needs a workflow's stacks restarts the
 * worker with 10. Their way: the built worker (`npm run worker`'s program) started with and
 * without the variable, a claim taken in on its queue, and Temporal's `__stack_trace` query
 * (what the web UI's "Stack Trace" tab shows) asked of that claim.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import type { ClaimIntake } from '../../domain/claim.types';
import { intakeUpdate } from '../../workflows/claim/claim.messages';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { startSearchAttributes } from '../../workflows/claim/search-attributes';
import { sampleIntakeBody } from '../support/claim-fixtures';
import { claimWorkflowInput } from '../support/claim-workflow-input';
import { ensureBuild, REPO_ROOT } from '../support/stack/child-service';
import { testEnv } from '../support/test-env';

beforeAll(() => ensureBuild());

/** Runs the built worker with `extraEnv`, takes one claim in on its queue and answers the frames of each stack `__stack_trace` lists. */
async function stackFramesOfAClaim(extraEnv: Record<string, string>): Promise<number[]> {
  const e = testEnv();
  const taskQueue = `stack-limit-${randomUUID()}`;
  const { PATH, HOME } = process.env;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/src/worker/worker.main.js')], {
    env: {
      PATH: PATH ?? '',
      HOME: HOME ?? '',
      DATABASE_URL: e.databaseUrl,
      TEMPORAL_ADDRESS: e.temporalAddress,
      TEMPORAL_NAMESPACE: e.temporalNamespace,
      TEMPORAL_TASK_QUEUE: taskQueue,
      SURVEY_TOKEN_SECRET: 's'.repeat(32),
      AUDIT_CHECKPOINT_KEY: 'c'.repeat(32),
      LOG_FORMAT: 'text',
      ...extraEnv,
    },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = await Connection.connect({ address: e.temporalAddress });
  try {
    const client = new Client({ connection, namespace: e.temporalNamespace });
    const input = claimWorkflowInput(sampleIntakeBody() as ClaimIntake, { actor: { id: 'key-agent', name: 'Agent', role: 'agent' } });
    const start = new WithStartWorkflowOperation('claimWorkflow', {
      workflowId: claimWorkflowId(input.claimId),
      taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      typedSearchAttributes: startSearchAttributes(input),
    });
    // answered once the worker polls and has recorded the intake
    await client.workflow.executeUpdateWithStart(intakeUpdate, { startWorkflowOperation: start });
    const trace: string = await client.workflow.getHandle(claimWorkflowId(input.claimId)).query('__stack_trace');
    const stacks = trace.split('\n\n').filter((s) => s.trim() !== '');
    await client.workflow.getHandle(claimWorkflowId(input.claimId)).terminate('test over');
    return stacks.map((s) => s.split('\n').filter((line) => /^\s+at /.test(line)).length);
  } finally {
    await connection.close();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
}

it('by default a claim records no stack (its intake answered all the same); WORKFLOW_STACK_TRACE_LIMIT=10 brings them back, 3 leaves one frame of the workflow (the SDK spends two on its hook)', async () => {
  expect(Math.max(0, ...(await stackFramesOfAClaim({})))).toBe(0);
  const full = await stackFramesOfAClaim({ WORKFLOW_STACK_TRACE_LIMIT: '10' });
  expect(full.length).toBeGreaterThan(0);
  expect(Math.max(...full)).toBeGreaterThan(1);
  const three = await stackFramesOfAClaim({ WORKFLOW_STACK_TRACE_LIMIT: '3' });
  expect(three.length).toBeGreaterThan(0);
  expect(Math.max(...three)).toBeLessThanOrEqual(1);
}, 150_000);
