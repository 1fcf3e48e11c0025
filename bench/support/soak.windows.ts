/**
 * A soak cut into windows of equal length, so that what grows over time shows where it
 * grows: each window's latencies (by the call's scheduled start) and each process's share
 * of a core over it (CPU seconds from /proc at the window's edges).
 */
import { percentile } from './load.runner';

/** A call of the soak: its scheduled start (seconds since the soak began) and its latency (ms). */
export type TimedCall = readonly [startS: number, latencyMs: number];

/** CPU seconds of each process read at one moment (seconds since the soak began). */
export interface CpuReading {
  atS: number;
  cpuSeconds: Record<string, number>;
}

export interface SoakWindow {
  fromS: number;
  toS: number;
  /** per kind of call (e.g. intakes, notes): calls started in the window, their p50 and p99 */
  calls: Record<string, { n: number; p50: number; p99: number }>;
  /** per process: CPU seconds over the window / its length (1 = one core busy); absent without two readings around it */
  coreShare: Record<string, number>;
}

/**
 * Windows of `windowS` seconds from 0 to the last call's start: calls fall into the window
 * of their scheduled start; a process's share of a core is taken between the readings
 * nearest the window's edges (readings are expected at its edges).
 */
export function soakWindows(calls: Record<string, ReadonlyArray<TimedCall>>, readings: ReadonlyArray<CpuReading>, windowS: number): SoakWindow[] {
  if (!(windowS > 0)) throw new Error(`window length must be positive, got ${windowS}`);
  const lastStart = Math.max(0, ...Object.values(calls).flatMap((c) => c.map(([t]) => t)));
  const count = Math.floor(lastStart / windowS) + 1;
  const windows: SoakWindow[] = [];
  for (let w = 0; w < count; w++) {
    const fromS = w * windowS;
    const toS = fromS + windowS;
    const perKind: SoakWindow['calls'] = {};
    for (const [kind, list] of Object.entries(calls)) {
      const latencies = list.filter(([t]) => t >= fromS && t < toS).map(([, ms]) => ms).sort((a, b) => a - b);
      perKind[kind] = { n: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
    }
    windows.push({ fromS, toS, calls: perKind, coreShare: coreShareBetween(readings, fromS, toS) });
  }
  return windows;
}

function nearest(readings: ReadonlyArray<CpuReading>, atS: number): CpuReading | undefined {
  let best: CpuReading | undefined;
  for (const r of readings) if (!best || Math.abs(r.atS - atS) < Math.abs(best.atS - atS)) best = r;
  return best;
}

function coreShareBetween(readings: ReadonlyArray<CpuReading>, fromS: number, toS: number): Record<string, number> {
  const a = nearest(readings, fromS);
  const b = nearest(readings, toS);
  if (!a || !b || b.atS <= a.atS) return {};
  const share: Record<string, number> = {};
  for (const [proc, cpu] of Object.entries(b.cpuSeconds)) {
    if (a.cpuSeconds[proc] !== undefined) share[proc] = (cpu - a.cpuSeconds[proc]) / (b.atS - a.atS);
  }
  return share;
}
