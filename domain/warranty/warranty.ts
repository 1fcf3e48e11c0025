/**
 * Warranty check at intake. Calendar math runs on plain year/month/day integers; the
 * only time-zone work is reading the receive instant's calendar date in the policy's
 * zone through Intl (no local-time Date methods, so the host's zone never matters).
 */
import { wallClockAt } from '../time/wall-clock';
import type { OrderInfo, WarrantyCheck } from '../claim.types';
import type { ClaimsPolicy } from '../policy/policy.types';

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict `YYYY-MM-DD` that names a real day; throws RangeError otherwise. */
export function parseIsoDate(s: string, field = 'date'): CalendarDate {
  const m = typeof s === 'string' ? ISO_DATE.exec(s) : null;
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month)) {
      return date;
    }
  }
  throw new RangeError(`${field} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(s)}`);
}

export function formatIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `d` plus whole calendar months; a day the target month lacks becomes its last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** The calendar day before `d`. */
export function previousDay(d: CalendarDate): CalendarDate {
  if (d.day > 1) return { ...d, day: d.day - 1 };
  const year = d.month === 1 ? d.year - 1 : d.year;
  const month = d.month === 1 ? 12 : d.month - 1;
  return { year, month, day: daysInMonth(year, month) };
}

/** The calendar date of instant `at` in IANA zone `timeZone` (e.g. 2026-05-14T21:30Z is 2026-05-15 in Moscow). */
export function calendarDateIn(at: Date, timeZone: string): CalendarDate {
  const { year, month, day } = wallClockAt(at.getTime(), timeZone);
  return { year, month, day };
}

/**
 * The warranty of `order` as of a claim received at instant `receivedAt`.
 *
 * - basis: `delivery` when the order has `deliveredAt`, else `purchase` (art. 19 p. 2 of
 *   law 2300-1: from the day the goods were handed over; for delivered goods, from delivery);
 * - months: `policy.warrantyMonths[order.category]`, else `policy.warrantyMonths.default`;
 * - startsOn: the basis date; endsOn, the last day of the warranty: startsOn + months
 *   (a day the target month lacks becomes that month's last day), minus one day. So
 *   2026-05-14 + 18 months ends on 2027-11-13; 2025-08-31 + 6 months → 2026-02-28 → ends
 *   2026-02-27; 2024-02-29 + 12 months → 2025-02-28 → ends 2025-02-27.
 * - inWarranty: the claim's receive date, as a calendar date in `policy.timeZone`, is on or
 *   before endsOn.
 *
 * Throws RangeError when the basis date is not a valid YYYY-MM-DD.
 */
export function checkWarranty(
  policy: Pick<ClaimsPolicy, 'warrantyMonths' | 'timeZone'>,
  order: Pick<OrderInfo, 'purchasedAt' | 'deliveredAt' | 'category'>,
  receivedAt: Date,
): WarrantyCheck {
  const basis: WarrantyCheck['basis'] = order.deliveredAt ? 'delivery' : 'purchase';
  const start = basis === 'delivery'
    ? parseIsoDate(order.deliveredAt as string, 'order.deliveredAt')
    : parseIsoDate(order.purchasedAt, 'order.purchasedAt');
  const months = Object.prototype.hasOwnProperty.call(policy.warrantyMonths, order.category)
    ? policy.warrantyMonths[order.category]
    : policy.warrantyMonths.default;
  const endsOn = formatIsoDate(previousDay(addMonths(start, months)));
  const receivedOn = formatIsoDate(calendarDateIn(receivedAt, policy.timeZone));
  return {
    inWarranty: receivedOn <= endsOn,
    basis,
    startsOn: formatIsoDate(start),
    endsOn,
    months,
    category: order.category,
  };
}
