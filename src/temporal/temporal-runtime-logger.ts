/**
 * The Temporal runtime's log lines (the SDK's and its Rust core's: worker state, workflow and
 * activity task failures, client connection trouble) through the app's logger
 * (src/common/logging/app-log.ts), with their metadata. One runtime per process: the
 * worker's, the API's (its client runs on the core's connection) or both in `npm start`.
 */
import { DefaultLogger, type LogEntry, type LogLevel } from '@temporalio/worker';
import { claimIdFromWorkflowId } from '../../workflows/claim/claim.ids';
import type { AppLogLevel } from '../config/config.schema';
import { writeLog, type LogSeverity } from '../common/logging/app-log';

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
