/**
 * Penalty for a missed statutory deadline (law No. 2300-1 art. 23: 1% of the goods'
 * price per day of delay). The engine shows it; it does not pay it. No cap is applied:
 * art. 23 sets none (a court may reduce it, Civil Code art. 333).
 */

/**
 * Whole calendar days elapsed since `deadlineAt` at instant `at`: 0 at or before the
 * deadline, 0 until one full `calendarDayMs` has passed, 1 from exactly one day after it.
 */
export function penaltyDays(deadlineAt: Date, at: Date, calendarDayMs: number): number {
  const deadline = deadlineAt.getTime();
  const now = at.getTime();
  if (!Number.isFinite(deadline)) throw new RangeError('deadlineAt is not a valid date');
  if (!Number.isFinite(now)) throw new RangeError('at is not a valid date');
  if (!Number.isFinite(calendarDayMs) || calendarDayMs <= 0) {
    throw new RangeError(`calendarDayMs must be a positive number of milliseconds, got ${calendarDayMs}`);
  }
  if (now <= deadline) return 0;
  return Math.floor((now - deadline) / calendarDayMs);
}

/** Scale of the rate: the rate is exact to 1e-6 (0.01 = 10 000 millionths). */
const RATE_SCALE = 1_000_000;

/**
 * price × ratePerDay × days, in the price's currency, rounded half-up to cents.
 * Computed on integers (cents × millionths of the rate × days, as BigInt), so there is
 * no float drift: 1.005 is 101 cents, 0.5 cents rounds up to 0.01.
 * The price is first rounded half-up to cents; the rate to millionths.
 */
export function penaltyAmount(price: number, ratePerDay: number, days: number): number {
  if (!Number.isFinite(price) || price < 0) throw new RangeError(`price must be a number >= 0, got ${price}`);
  if (!Number.isFinite(ratePerDay) || ratePerDay < 0) {
    throw new RangeError(`ratePerDay must be a number >= 0, got ${ratePerDay}`);
  }
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`days must be a whole number >= 0, got ${days}`);

  const cents = BigInt(roundHalfUp(price * 100));
  const rate = BigInt(roundHalfUp(ratePerDay * RATE_SCALE));
  const scale = BigInt(RATE_SCALE);
  const product = cents * rate * BigInt(days);
  const amountCents = (product * 2n + scale) / (2n * scale); // half-up for non-negative values
  return Number(amountCents) / 100;
}

/**
 * Math.round of a non-negative value that should be a decimal but carries binary noise
 * (1.005 * 100 = 100.49999999999999): trimmed to 9 significant decimals first.
 */
function roundHalfUp(x: number): number {
  return Math.round(Number(x.toFixed(9)));
}
