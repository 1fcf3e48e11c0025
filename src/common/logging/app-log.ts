/**
 * One logger for the API, the worker and the Temporal runtime: each line carries the time,
 * level, context and message, and — from the async context it was written in — the
 * request id (HTTP), the claim id and the workflow id (HTTP routes of a claim, activities
 * of its workflow). LOG_FORMAT=json (default) writes one JSON object per line for log
 * shippers; `text` writes readable lines for a terminal. Messages never carry customer
 * data: callers log ids, counts and statement heads, not bodies (the fault scenarios scan
 * every process's log for names, phones and e-mails).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerService } from '@nestjs/common';
import type { AppLogFormat, AppLogLevel } from '../../config/config.schema';

export interface LogContext {
  requestId?: string;
  claimId?: string;
  workflowId?: string;
}

export type LogSeverity = 'error' | 'warn' | 'log' | 'debug';

const RANK: Record<LogSeverity, number> = { error: 0, warn: 1, log: 2, debug: 3 };

const store = new AsyncLocalStorage<LogContext>();
const settings: { format: AppLogFormat; level: AppLogLevel } = { format: 'json', level: 'log' };

/** Sets the process's log format and level (from the config, at start-up). */
export function configureLogging(options: { format: AppLogFormat; level: AppLogLevel }): void {
  settings.format = options.format;
  settings.level = options.level;
}

/** Runs `fn` with `context` added to what every line written inside it carries. */
export function withLogContext<T>(context: LogContext, fn: () => T): T {
  return store.run({ ...store.getStore(), ...context }, fn);
}

export function currentLogContext(): LogContext {
  return store.getStore() ?? {};
}

/** Fields safe to write: errors as name + message, other objects as they serialise. */
function plain(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}

export function formatLine(severity: LogSeverity, context: string, message: string, fields: Record<string, unknown> = {}, format: AppLogFormat = settings.format, now = new Date()): string {
  const ids = currentLogContext();
  if (format === 'json') {
    const extra = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
    return JSON.stringify({ time: now.toISOString(), level: severity, context, msg: message, ...ids, ...extra });
  }
  const tags = Object.entries({ ...ids, ...fields })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(plain(v)) : String(v)}`);
  return `${now.toISOString()} ${severity.toUpperCase().padEnd(5)} [${context}] ${message}${tags.length ? ` ${tags.join(' ')}` : ''}`;
}

/** Writes one line (stderr for errors and warnings, stdout otherwise) if the level lets it through. */
export function writeLog(severity: LogSeverity, context: string, message: string, fields?: Record<string, unknown>): void {
  if (RANK[severity] > RANK[settings.level]) return;
  const line = `${formatLine(severity, context, message, fields)}\n`;
  if (severity === 'error' || severity === 'warn') process.stderr.write(line);
  else process.stdout.write(line);
}

/** A logger bound to one context. */
export function loggerFor(context: string) {
  return {
    error: (message: string, fields?: Record<string, unknown>) => writeLog('error', context, message, fields),
    warn: (message: string, fields?: Record<string, unknown>) => writeLog('warn', context, message, fields),
    log: (message: string, fields?: Record<string, unknown>) => writeLog('log', context, message, fields),
    debug: (message: string, fields?: Record<string, unknown>) => writeLog('debug', context, message, fields),
  };
}

/** Nest's logger interface over writeLog: Nest passes the context as the last string argument. */
export class AppLogger implements LoggerService {
  private write(severity: LogSeverity, message: unknown, params: unknown[]): void {
    const context = typeof params.at(-1) === 'string' ? String(params.pop()) : 'Nest';
    const text = message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    // Nest's error(message, stack, context): keep the stack's first line (no data), not the frames
    const stack = typeof params[0] === 'string' ? params[0].split('\n')[0] : undefined;
    writeLog(severity, context, text, stack && stack !== text ? { error: stack } : undefined);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
}
