/**
 * Business-day arithmetic for supplier deadlines: weekends and the policy's holidays do
 * not count, and days are the days of the calendar's time zone. Pure and deterministic
 * (only `Intl` for time-zone offsets), so the dispute workflow computes its deadline
 * instant with it and sleeps until then; Temporal timers themselves are wall-clock.
 *
 * Conventions (the usual reading of "within N business days"):
 * - the day the task is opened does not count, even when it is a business day;
 * - the deadline is the end of the working day (`workdayEnd`, local) of the N-th
 *   business day after it;
 * - a reminder "k business days before" fires at the end of the (N−k)-th business day.
 */

import { wallClockAt } from '../time/wall-clock';

export interface BusinessCalendar {
  /** IANA time zone of the working days, e.g. "Europe/Moscow" */
  timeZone: string;
  /** non-working weekdays (local dates, YYYY-MM-DD); weekends need not be listed */
  holidays: readonly string[];
  /** start and end of the working day, local "HH:MM" */
  workdayStart: string;
  workdayEnd: string;
  /** non-working days of the week: 0 = Sunday … 6 = Saturday */
  weekend: readonly number[];
}

/** A local calendar date; month 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** how far the searches below may walk before giving up (about 27 years) */
const MAX_DAYS = 10_000;

/** Offset of the zone from UTC at an instant, in ms (Moscow: +3 h). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the zone's clocks show `date` at `minutes` past midnight. */
export function zonedInstant(date: LocalDate, minutes: number, timeZone: string): number {
  const naive = Date.UTC(date.year, date.month - 1, date.day) + minutes * 60_000;
  // two passes settle the offset, including on the day it changes
  let instant = naive - offsetAt(naive, timeZone);
  instant = naive - offsetAt(instant, timeZone);
  return instant;
}

/** The local date of an instant in a zone. */
export function localDateOf(instant: number, timeZone: string): LocalDate {
  const { year, month, day } = wallClockAt(instant, timeZone);
  return { year, month, day };
}

export function formatLocalDate(d: LocalDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** "HH:MM" → minutes past midnight; throws on anything else. */
export function minutesOfDay(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new Error(`"${hhmm}" is not a time of day HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function isBusinessDay(d: LocalDate, calendar: BusinessCalendar): boolean {
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return !calendar.weekend.includes(weekday) && !calendar.holidays.includes(formatLocalDate(d));
}

/** The `n`-th business day after the local day of `from` (that day itself never counts). */
export function nthBusinessDayAfter(from: number, n: number, calendar: BusinessCalendar): LocalDate {
  if (!Number.isInteger(n) || n < 1) throw new Error(`business days must be a whole number >= 1, got ${n}`);
  let d = localDateOf(from, calendar.timeZone);
  let counted = 0;
  for (let i = 0; i < MAX_DAYS; i++) {
    d = addDays(d, 1);
    if (isBusinessDay(d, calendar) && ++counted === n) return d;
  }
  throw new Error(`no ${n} business days within ${MAX_DAYS} days: check the calendar's weekend and holidays`);
}

export interface BusinessSchedule {
  /** epoch ms: end of the working day of the n-th business day */
  deadlineAt: number;
  /** epoch ms, ascending: one per reminder offset that falls after the start */
  remindersAt: number[];
}

/**
 * The deadline `days` business days after `from`, and the reminders `reminderDaysBefore`
 * business days before it. Offsets that are not whole numbers in 1…days−1 are ignored
 * (a reminder on or before the opening day would be pointless), as are duplicates.
 */
export function businessSchedule(from: number, days: number, reminderDaysBefore: readonly number[], calendar: BusinessCalendar): BusinessSchedule {
  const end = minutesOfDay(calendar.workdayEnd);
  const deadlineAt = zonedInstant(nthBusinessDayAfter(from, days, calendar), end, calendar.timeZone);
  const offsets = [...new Set(reminderDaysBefore)].filter((k) => Number.isInteger(k) && k >= 1 && k < days);
  const remindersAt = offsets
    .map((k) => zonedInstant(nthBusinessDayAfter(from, days - k, calendar), end, calendar.timeZone))
    .sort((a, b) => a - b);
  return { deadlineAt, remindersAt };
}

/**
 * Working time between two instants, in hours: the parts of [from, to] that fall within
 * workdayStart–workdayEnd of business days. 0 when `to` is not after `from`.
 */
export function businessHoursBetween(from: number, to: number, calendar: BusinessCalendar): number {
  if (!(to > from)) return 0;
  const start = minutesOfDay(calendar.workdayStart);
  const end = minutesOfDay(calendar.workdayEnd);
  let d = localDateOf(from, calendar.timeZone);
  const last = formatLocalDate(localDateOf(to, calendar.timeZone));
  let totalMs = 0;
  for (let i = 0; i < MAX_DAYS * 4; i++) {
    if (isBusinessDay(d, calendar)) {
      const open = zonedInstant(d, start, calendar.timeZone);
      const close = zonedInstant(d, end, calendar.timeZone);
      totalMs += Math.max(0, Math.min(close, to) - Math.max(open, from));
    }
    if (formatLocalDate(d) >= last) break;
    d = addDays(d, 1);
  }
  return totalMs / 3_600_000;
}

/**
 * A warning for operators when the holiday list looks out of date, else null: it lists no
 * holiday in the current year (local), or — from October on — none in the next one. Holidays
 * and their transfers are decreed yearly; a missing year silently counts them as working days.
 * A calendar without any holidays at all is taken as deliberate.
 */
export function holidayListWarning(calendar: BusinessCalendar, now: number): string | null {
  if (calendar.holidays.length === 0) return null;
  const today = localDateOf(now, calendar.timeZone);
  const years = new Set(calendar.holidays.map((d) => Number(d.slice(0, 4))));
  const missing = [today.year, ...(today.month >= 10 ? [today.year + 1] : [])].filter((y) => !years.has(y));
  if (missing.length === 0) return null;
  return (
    `the policy's businessCalendar.holidays lists no holiday in ${missing.join(' or ')}: supplier deadlines ` +
    'would count those days as working days. Add the year from the production calendar (policy/README.md).'
  );
}
