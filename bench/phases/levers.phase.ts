/**
 * Worker-side levers A/B'd in one run: claim workflows run by in-process claims workers
 * (the real workflow code and activities, each variant on its own task queue, same server,
 * database, codec and intake input), driven by update-with-start as the API does, in
 * alternating rounds (A B A B …) so that drift of the machine falls on every variant
 * alike. CPU is this process's (worker and client together: the client's share is the
 * same for every variant, so differences are the worker's).
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import type { ClaimIntake } from '../../domain/claim.types';
import { LogSender } from '../../activities/customer-notifications/notification-sender';
import type { PayloadCodecKeys } from '../../src/codec/payload-codec-keys';
import { createDataSource } from '../../src/database/data-source';
import { claimsDataConverter } from '../../src/temporal/data-converter';
import { createClaimsWorker, type ClaimsWorkerOptions } from '../../src/worker/claims-worker';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { intakeUpdate, type ClaimWorkflowInput } from '../../workflows/claim/claim.messages';
import { startSearchAttributes } from '../../workflows/claim/search-attributes';
import { claimBody } from '../../test/support/claim-body';
import { claimWorkflowInput } from '../../test/support/claim-workflow-input';
import { registerClaimNumber } from '../../activities/claim-records/claim-registration.queries';
import { registrationInputOf } from '../../domain/claim/claim-registration';
import { runLoad, type LoadResult } from '../support/load.runner';

export interface LeverVariant {
  name: string;
  options: Pick<ClaimsWorkerOptions, 'sharedModules' | 'tuning' | 'workflowStackTraceLimit'>;
}

/** What the bench compares: the SDK's defaults against each lever on its own. */
export const LEVER_VARIANTS: LeverVariant[] = [
  { name: 'SDK defaults (every module evaluated per workflow)', options: { sharedModules: 'none' } },
  { name: "shared domain modules (the default since 2026-12-02), V8's 10-frame stack traces", options: { sharedModules: 'domain' } },
  { name: 'shared + workflow stack traces of 5 frames', options: { sharedModules: 'domain', workflowStackTraceLimit: 5 } },
  { name: 'shared + no workflow stack traces (the default since 2026-12-03)', options: { sharedModules: 'domain', workflowStackTraceLimit: 0 } },
];

export interface LeverResult {
  name: string;
  rounds: LoadResult[];
  /** intakes per second over every round */
  perSecond: number;
  /** this process's CPU (worker + client) per intake */
  cpuMsPerIntake: number;
  /** events in one intake's history once answered */
  historyEvents: number;
}

const agent = { id: 'bench-agent', name: 'Bench', role: 'agent' as const };

const intakeInput = (): ClaimWorkflowInput => claimWorkflowInput(claimBody() as ClaimIntake, { actor: agent });

export async function leversPhase(options: {
  address: string;
  databaseUrl: string;
  codec: PayloadCodecKeys | undefined;
  concurrency: number;
  roundMs: number;
  rounds: number;
  variants?: LeverVariant[];
}): Promise<LeverResult[]> {
  const variants = options.variants ?? LEVER_VARIANTS;
  const dataSource = await createDataSource(options.databaseUrl).initialize();
  const nativeConnection = await NativeConnection.connect({ address: options.address });
  const connection = await Connection.connect({ address: options.address });
  const client = new Client({ connection, dataConverter: claimsDataConverter(options.codec) });
  const running: Array<{ worker: Worker; done: Promise<void>; taskQueue: string }> = [];
  try {
    for (const v of variants) {
      const taskQueue = `bench-lever-${randomUUID().slice(0, 8)}`;
      const worker = await createClaimsWorker({
        connection: nativeConnection,
        namespace: 'default',
        taskQueue,
        dataSource,
        payloadCodec: options.codec,
        notifications: { sender: new LogSender(() => undefined), surveyTokenSecret: 'bench-survey-secret-0123456789abcdef', publicBaseUrl: 'http://bench.test' },
        ...v.options,
      });
      running.push({ worker, done: worker.run(), taskQueue });
    }
    const intake = async (taskQueue: string) => {
      const input = intakeInput();
      // registered before the start, as the API does (the workflow then runs no registration)
      input.registration = await registerClaimNumber(dataSource, registrationInputOf(input.claimId, input.intake, input.policy, new Date()));
      input.actionsInTask = true;
      const start = new WithStartWorkflowOperation('claimWorkflow', { workflowId: claimWorkflowId(input.claimId), taskQueue, args: [input], workflowIdConflictPolicy: 'USE_EXISTING', typedSearchAttributes: startSearchAttributes(input) });
      await client.workflow.executeUpdateWithStart(intakeUpdate, { startWorkflowOperation: start });
      return input.claimId;
    };
    // warm-up: each worker's workflow thread and the bundle's first evaluation
    for (const r of running) await runLoad({ concurrency: options.concurrency, durationMs: 1_000 }, () => intake(r.taskQueue).then(() => undefined));
    const results = variants.map((v) => ({ name: v.name, rounds: [] as LoadResult[], cpuMicros: 0 }));
    for (let round = 0; round < options.rounds; round++) {
      for (const [i, r] of running.entries()) {
        const cpu = process.cpuUsage();
        results[i].rounds.push(await runLoad({ concurrency: options.concurrency, durationMs: options.roundMs }, () => intake(r.taskQueue).then(() => undefined)));
        const used = process.cpuUsage(cpu);
        results[i].cpuMicros += used.user + used.system;
      }
    }
    const out: LeverResult[] = [];
    for (const [i, r] of running.entries()) {
      const claimId = await intake(r.taskQueue);
      const history = await client.workflow.getHandle(claimWorkflowId(claimId)).fetchHistory();
      const x = results[i];
      const ok = x.rounds.reduce((a, b) => a + b.ok, 0);
      const seconds = x.rounds.reduce((a, b) => a + b.seconds, 0);
      out.push({ name: x.name, rounds: x.rounds, perSecond: ok / seconds, cpuMsPerIntake: x.cpuMicros / 1000 / Math.max(1, ok), historyEvents: history.events?.length ?? 0 });
    }
    return out;
  } finally {
    for (const r of running) r.worker.shutdown();
    await Promise.all(running.map((r) => r.done));
    await nativeConnection.close();
    await connection.close();
    await dataSource.destroy();
  }
}
