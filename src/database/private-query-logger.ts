/**
 * TypeORM's logger without the data: a failed statement is logged by its SQLSTATE and
 * its first words, never with its parameters or the database's message (both can quote a
 * customer's name, phone or e-mail). `logging: true` (development) still shows statements,
 * without parameters.
 */
import type { Logger, QueryRunner } from 'typeorm';
import { loggerFor } from '../common/logging/app-log';

const log = loggerFor('Database');

const MAX_SQL = 80;

/** `INSERT INTO claims (id, number, …` — enough to find the statement in the code. */
export function statementHead(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SQL ? `${flat.slice(0, MAX_SQL)}…` : flat;
}

export class PrivateQueryLogger implements Logger {
  /** @param verbose every statement too (LOG_LEVEL=debug); failures are always logged */
  constructor(private readonly verbose = false) {}

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    if (this.verbose) log.debug(`query: ${statementHead(query)}`);
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    const code = typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : 'unknown';
    log.error(`query failed (SQLSTATE ${code}): ${statementHead(query)}`, { sqlstate: code });
  }

  logQuerySlow(time: number, query: string): void {
    if (this.verbose) log.warn(`slow query (${time} ms): ${statementHead(query)}`);
  }

  logSchemaBuild(): void {
    // synchronize is never on
  }

  logMigration(): void {
    // runMigrations' callers report what was applied
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn' || this.verbose) log.warn(String(message));
  }
}
