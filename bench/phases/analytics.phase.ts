/**
 * `GET /analytics/summary` over the seeded read model, timed like GET /claims: over every
 * claim (no period: a scan of the whole table) and over the last 30 days of the seed (the
 * period a care team looks at; `received_at` is indexed). Against a deployment without the
 * endpoint it reports "not available" (from a real probe), never a made-up figure.
 */
import type { Stack } from '../../test/support/stack/stack';
import { percentile } from '../support/load.runner';
import { SEED_LATEST_RECEIVED_AT } from './read-model.phase';

export interface LatencyFigures {
  p50: number;
  p99: number;
}
/** `lastMonth` is missing from results written before it was measured. */
export type AnalyticsReport = { available: false; reason: string } | ({ available: true; lastMonth?: LatencyFigures } & LatencyFigures);

const DAY_MS = 86_400_000;
const LAST_MONTH = `from=${new Date(Date.parse(SEED_LATEST_RECEIVED_AT) - 30 * DAY_MS).toISOString()}&to=${SEED_LATEST_RECEIVED_AT}`;

async function time(readStack: Stack, path: string, requests: number): Promise<LatencyFigures> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const res = await readStack.http.request('GET', path, { as: 'supervisor' });
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    times.push(res.ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

export async function analyticsSummaryPhase(readStack: Stack, requests: number): Promise<AnalyticsReport> {
  const probe = await readStack.http.request('GET', '/analytics/summary', { as: 'supervisor' });
  if (probe.status === 404) return { available: false, reason: 'GET /analytics/summary does not exist yet (404)' };
  if (probe.status !== 200) return { available: false, reason: `GET /analytics/summary answered ${probe.status}` };
  const all = await time(readStack, '/analytics/summary', requests);
  return { available: true, ...all, lastMonth: await time(readStack, `/analytics/summary?${LAST_MONTH}`, requests) };
}
