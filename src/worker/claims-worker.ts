import { NativeConnection, Worker, bundleWorkflowCode, type WorkerOptions, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { OutboundPolicy } from '../../activities/outbound/outbound-http';
import { WebhookSecretBox } from '../../activities/supplier-disputes/webhook-secret-box';
import type { DataSource } from 'typeorm';
import { createClaimRecordsActivities, type ClaimRecordsOptions } from '../../activities/claim-records/claim-records.activities';
import { ClaimEventLog } from '../../activities/claim-records/claim-event-log';
import { stagedTagReader, StagedBatchRelay } from '../../activities/claim-records/staged-batch-relay';
import { createNotificationActivities } from '../../activities/customer-notifications/notifications.activities';
import { NotificationRelay } from '../../activities/customer-notifications/notification-relay';
import { createSupplierDisputeActivities } from '../../activities/supplier-disputes/supplier-disputes.activities';
import { holidayListWarning } from '../../domain/calendar/business-calendar';
import { businessCalendarOf } from '../../domain/policy/policy.rules';
import { createNotificationSender, LogSender, type NotificationSender } from '../../activities/customer-notifications/notification-sender';
import { surveyLink } from '../surveys/survey-token';
import type { AppConfig } from '../config/app-config';
import type { PayloadCodecKeys } from '../codec/payload-codec-keys';
import { createDataSource } from '../database/data-source';
import { claimsDataConverter } from '../temporal/data-converter';
import { configureLogging, loggerFor } from '../common/logging/app-log';
import { activityLogContext } from './worker-logging';
import { withWorkflowStackTraceLimit } from './workflow-stack-traces';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';

const log = loggerFor('Worker');

export const WORKFLOWS_PATH = require.resolve('../../workflows');

/**
 * Modules evaluated once per worker thread and shared (frozen) by every workflow, instead
 * of once per workflow: a new claim skips their set-up (the wall clock's Intl formatters
 * included) and a cached claim does not hold its own copy. Only modules without state of
 * their own that a workflow could change: the SDK deep-freezes shared modules, so a write
 * throws. `domain`: the pure domain modules the workflows use (the default); `none`: the
 * SDK's default, kept so that the bench can compare.
 */
export type SharedWorkflowModules = 'none' | 'domain';

const SHARED_DOMAIN_MODULES = [
  'calendar/business-calendar',
  'claim.types',
  'claim/audit-event',
  'claim/order-correction',
  'claim/transitions',
  'deadlines/penalty',
  'deadlines/statutory-deadline',
  'dispute/dispute-transitions',
  'dispute/dispute.types',
  'follow-up/review-correction',
  'follow-up/survey',
  'policy/policy.defaults',
  'policy/policy.rules',
  'time/duration',
  'time/wall-clock',
  'warranty/warranty',
].map((m) => require.resolve(`../../domain/${m}`));

const bundles = new Map<SharedWorkflowModules, Promise<WorkflowBundleWithSourceMap>>();
/** Bundles the workflow code once per process and variant (the bundler takes seconds). */
export function claimWorkflowBundle(shared: SharedWorkflowModules = 'domain'): Promise<WorkflowBundleWithSourceMap> {
  let bundle = bundles.get(shared);
  if (!bundle) {
    bundle = bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger, preloadModules: shared === 'domain' ? SHARED_DOMAIN_MODULES : [] });
    bundles.set(shared, bundle);
  }
  return bundle;
}

const quietBundlerLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => log.warn(message),
  error: (message: string) => log.error(message),
  log: () => undefined,
};

export interface ClaimsWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dataSource: DataSource;
  /** the payload codec keys (config.payloadCodec); unencrypted when absent */
  payloadCodec?: PayloadCodecKeys;
  /** AUDIT_CHECKPOINT_KEY: signs each audit event's global hash */
  auditCheckpointKey?: string;
  /** where supplier webhooks may go (default: public addresses only) */
  outbound?: OutboundPolicy;
  /** customer notifications: how they leave (default: the log) and how survey links are made */
  notifications?: {
    sender?: NotificationSender;
    /** SURVEY_TOKEN_SECRET */
    surveyTokenSecret: string;
    /** PUBLIC_BASE_URL */
    publicBaseUrl: string;
    timeZone?: string;
  };
  /** the workflow modules shared by every workflow of a worker thread (default: domain) */
  sharedModules?: SharedWorkflowModules;
  /** Temporal worker tuning (WORKER_CACHED_WORKFLOWS; the bench's comparisons); SDK defaults otherwise */
  tuning?: Pick<WorkerOptions, 'maxCachedWorkflows' | 'maxConcurrentWorkflowTaskExecutions' | 'maxConcurrentLocalActivityExecutions'>;
  /** WORKFLOW_STACK_TRACE_LIMIT: frames in a stack trace inside the workflow sandbox (workflow-stack-traces.ts); V8's default otherwise */
  workflowStackTraceLimit?: number;
}


/**
 * A worker running the claim workflows and their activities, the outbox relay that
 * delivers customer notifications and the relay that promotes staged audit batches once
 * their task is proven complete: the relays run while the worker runs (`run()` starts
 * them and stops them when the worker has stopped).
 */
export async function createClaimsWorker(options: ClaimsWorkerOptions): Promise<Worker> {
  const n = options.notifications;
  const sender = n?.sender ?? new LogSender();
  const workflowBundle = await claimWorkflowBundle(options.sharedModules);
  const dataConverter = claimsDataConverter(options.payloadCodec);
  const records: ClaimRecordsOptions = {
    surveyUrl: n ? (claimId, surveyId, expiresAt) => surveyLink(n.publicBaseUrl, n.surveyTokenSecret, claimId, surveyId, expiresAt) : undefined,
    timeZone: n?.timeZone,
    checkpointKey: options.auditCheckpointKey,
  };
  const worker = await withWorkflowStackTraceLimit(options.workflowStackTraceLimit, () => Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle,
    ...options.tuning,
    activities: {
      ...createClaimRecordsActivities(options.dataSource, records),
      ...createSupplierDisputeActivities(options.dataSource, options.outbound, new WebhookSecretBox(options.payloadCodec)),
      ...createNotificationActivities(options.dataSource, sender),
    },
    dataConverter,
    interceptors: { activity: [activityLogContext] },
  }));
  const relay = new NotificationRelay(options.dataSource, sender, {
    onError: (err) => log.warn(`notification relay: ${err instanceof Error ? err.message : String(err)}`),
  });
  const stagedBatches = new StagedBatchRelay(options.dataSource, new ClaimEventLog(options.dataSource, records), stagedTagReader(options.connection, options.namespace, dataConverter.payloadCodecs ?? []), claimWorkflowId, {
    onError: (err) => log.warn(`staged-batch relay: ${err instanceof Error ? err.message : String(err)}`),
  });
  const run = worker.run.bind(worker);
  worker.run = async () => {
    relay.start();
    stagedBatches.start();
    try {
      await run();
    } finally {
      await Promise.all([relay.stop(), stagedBatches.stop()]);
    }
  };
  return worker;
}

export interface RunningWorker {
  /** resolves when the worker has stopped */
  done: Promise<void>;
  shutdown(): Promise<void>;
  /** workflows held in the worker's cache now, and its cap (WORKER_CACHED_WORKFLOWS or the SDK's default) */
  cache(): { cached: number; cap: number };
}

/** Connects to Temporal and PostgreSQL from the app config and runs the worker until shut down. */
export async function startClaimsWorker(config: AppConfig): Promise<RunningWorker> {
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required to run the worker');
  configureLogging({ format: config.logFormat, level: config.logLevel });
  if (!config.payloadCodec) log.warn('PAYLOAD_CODEC_KEYS is not set: Temporal payloads (customer data) are NOT encrypted');
  const holidays = holidayListWarning(businessCalendarOf(config.policy), Date.now());
  if (holidays) log.warn(holidays);
  const outbound = new OutboundPolicy(config.outboundAllowedNetworks);
  const dataSource = await createDataSource(config.databaseUrl).initialize();
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createClaimsWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    dataSource,
    payloadCodec: config.payloadCodec,
    auditCheckpointKey: config.auditCheckpointKey,
    outbound,
    ...(config.workerCachedWorkflows !== undefined && { tuning: { maxCachedWorkflows: config.workerCachedWorkflows } }),
    workflowStackTraceLimit: config.workflowStackTraceLimit,
    notifications: {
      // the log sender's lines go through the app's logger (JSON with the activity's claim id, or text)
      sender: createNotificationSender(config.notifications, outbound, (line) => loggerFor('Notifications').log(line)),
      surveyTokenSecret: config.surveyTokenSecret,
      publicBaseUrl: config.publicBaseUrl,
      timeZone: config.policy.timeZone,
    },
  });
  const done = worker.run().finally(async () => {
    await connection.close();
    await dataSource.destroy();
  });
  return {
    done,
    async shutdown() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
    cache: () => ({ cached: worker.getStatus().numCachedWorkflows, cap: worker.options.maxCachedWorkflows }),
  };
}
