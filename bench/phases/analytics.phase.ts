/**
 * `GET /analytics/summary` over the seeded read model, timed like GET /claims. Against a
 * deployment without the endpoint it reports "not available" (from a real probe), never a
 * made-up figure.
 */
import type { Stack } from '../../test/support/stack/stack';
import { percentile } from '../support/load.runner';

export type AnalyticsReport = { available: false; reason: string } | { available: true; p50: number; p99: number };

export async function analyticsSummaryPhase(readStack: Stack, requests: number): Promise<AnalyticsReport> {
  const probe = await readStack.http.request('GET', '/analytics/summary', { as: 'supervisor' });
  if (probe.status === 404) return { available: false, reason: 'GET /analytics/summary does not exist yet (404)' };
  if (probe.status !== 200) return { available: false, reason: `GET /analytics/summary answered ${probe.status}` };
  const times: number[] = [];
  for (let i = 0; i < requests; i++) times.push((await readStack.http.request('GET', '/analytics/summary', { as: 'supervisor' })).ms);
  times.sort((a, b) => a - b);
  return { available: true, p50: percentile(times, 50), p99: percentile(times, 99) };
}
