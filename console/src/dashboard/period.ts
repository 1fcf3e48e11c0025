/**
 * The dashboard's period: calendar days of the policy's time zone (a supervisor's
 * "November" is Moscow's November, whatever the computer's zone), sent to
 * GET /analytics/summary as instants with that zone's offset on each end.
 */
import { dayBoundary } from '../format/time';

export const PRESETS = ['last7', 'last30', 'thisMonth', 'lastMonth', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export interface Period {
  /** first day, YYYY-MM-DD, inclusive */
  fromDay: string;
  /** last day, YYYY-MM-DD, inclusive */
  toDay: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar day of `now` in `timeZone`. */
export function dayOf(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `day` moved by `n` calendar days (calendar arithmetic in UTC: no zone, no DST). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function monthStart(day: string, monthsBack = 0): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - monthsBack);
  return d.toISOString().slice(0, 10);
}

/** The days of a preset, counted back from today in the policy's zone; today included. */
export function presetPeriod(preset: Exclude<Preset, 'custom'>, now: Date, timeZone: string): Period {
  const today = dayOf(now, timeZone);
  switch (preset) {
    case 'last7':
      return { fromDay: addDays(today, -6), toDay: today };
    case 'last30':
      return { fromDay: addDays(today, -29), toDay: today };
    case 'thisMonth':
      return { fromDay: monthStart(today), toDay: today };
    case 'lastMonth':
      return { fromDay: monthStart(today, 1), toDay: addDays(monthStart(today), -1) };
  }
}

/** Why a period cannot be asked for, or null. */
export function periodProblem(p: Partial<Period>): 'fromDay' | 'toDay' | 'order' | null {
  if (!p.fromDay || !DAY.test(p.fromDay)) return 'fromDay';
  if (!p.toDay || !DAY.test(p.toDay)) return 'toDay';
  return p.fromDay > p.toDay ? 'order' : null;
}

/** The query of GET /analytics/summary (and of the scorecards) for a period. */
export function periodQuery(p: Period, timeZone: string): { from: string; to: string } {
  return { from: dayBoundary(p.fromDay, timeZone, false), to: dayBoundary(p.toDay, timeZone, true) };
}
