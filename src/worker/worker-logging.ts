/**
 * The worker's logs through the app's logger (src/common/logging/app-log.ts): the Temporal
 * runtime's own lines (worker state, workflow and activity task failures) with their
 * metadata, and every line written while an activity runs carrying its claim and workflow
 * ids (an activity interceptor sets the log context).
 */
import { DefaultLogger, type ActivityInterceptorsFactory, type LogEntry, type LogLevel } from '@temporalio/worker';
import { claimIdFromWorkflowId } from '../../workflows/claim/claim.ids';
import type { AppLogLevel } from '../config/config.schema';
import { withLogContext, writeLog, type LogSeverity } from '../common/logging/app-log';

const TEMPORAL_LEVEL: Record<AppLogLevel, LogLevel> = { error: 'ERROR', warn: 'WARN', log: 'INFO', debug: 'DEBUG' };
const SEVERITY: Record<LogLevel, LogSeverity> = { TRACE: 'debug', DEBUG: 'debug', INFO: 'log', WARN: 'warn', ERROR: 'error' };

/** For Runtime.install({ logger }): the SDK's and the core's lines as the app's. */
export function temporalRuntimeLogger(level: AppLogLevel): DefaultLogger {
  return new DefaultLogger(TEMPORAL_LEVEL[level], (entry: LogEntry) => {
    const { workflowId, ...meta } = (entry.meta ?? {}) as Record<string, unknown>;
    const ids = typeof workflowId === 'string' ? { workflowId, claimId: claimIdFromWorkflowId(workflowId) ?? undefined } : {};
    writeLog(SEVERITY[entry.level], 'Temporal', entry.message, { ...ids, ...meta });
  });
}

/** Runs each activity in a log context with its workflow's id and, for a claim's workflow, the claim id. */
export const activityLogContext: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    execute: (input, next) => {
      const workflowId = ctx.info.workflowExecution?.workflowId;
      if (!workflowId) return next(input);
      return withLogContext({ workflowId, claimId: claimIdFromWorkflowId(workflowId) ?? undefined }, () => next(input));
    },
  },
});
