import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

export type CheckStatus = 'ok' | 'unavailable';

export interface DependencyCheck {
  status: CheckStatus;
  latencyMs: number;
}

export interface HealthReport {
  status: CheckStatus;
  checks: { database: DependencyCheck; temporal: DependencyCheck };
}

/** A check that takes longer than this counts as failed. */
export const CHECK_TIMEOUT_MS = 2000;

async function timed(probe: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { status: 'ok', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: 'unavailable', latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/** Readiness: can this API process reach PostgreSQL and Temporal right now? */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, temporal] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() =>
        this.temporal.connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () =>
          this.temporal.workflowService.getSystemInfo({}),
        ),
      ),
    ]);
    const status: CheckStatus = database.status === 'ok' && temporal.status === 'ok' ? 'ok' : 'unavailable';
    return { status, checks: { database, temporal } };
  }
}
