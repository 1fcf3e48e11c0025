import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { HealthService } from './health.service';

function temporalClient(getSystemInfo: () => Promise<unknown>): Client {
  return {
    connection: { withDeadline: (_deadline: number, fn: () => Promise<unknown>) => fn() },
    workflowService: { getSystemInfo },
  } as unknown as Client;
}

describe('HealthService', () => {
  it('is ok when both dependencies answer', async () => {
    const service = new HealthService(
      { query: async () => [{ '?column?': 1 }] } as unknown as DataSource,
      temporalClient(async () => ({})),
    );
    await expect(service.check()).resolves.toEqual({
      status: 'ok',
      checks: {
        database: { status: 'ok', latencyMs: expect.any(Number) },
        temporal: { status: 'ok', latencyMs: expect.any(Number) },
      },
    });
  });

  it('is unavailable when one dependency fails, and says which', async () => {
    const service = new HealthService(
      { query: async () => [] } as unknown as DataSource,
      temporalClient(async () => {
        throw new Error('14 UNAVAILABLE: connection refused');
      }),
    );
    const report = await service.check();
    expect(report.status).toBe('unavailable');
    expect(report.checks.database.status).toBe('ok');
    expect(report.checks.temporal.status).toBe('unavailable');
  });

  it('gives up on a probe that hangs', async () => {
    jest.useFakeTimers();
    try {
      const service = new HealthService(
        { query: () => new Promise(() => undefined) } as unknown as DataSource,
        temporalClient(async () => ({})),
      );
      const pending = service.check();
      await jest.advanceTimersByTimeAsync(2000);
      const report = await pending;
      expect(report.checks.database.status).toBe('unavailable');
      expect(report.status).toBe('unavailable');
    } finally {
      jest.useRealTimers();
    }
  });
});
