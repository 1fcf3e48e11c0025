/**
 * Human claim numbers: `CL-<year>-<seq>`, the sequence zero-padded to at least six
 * digits (CL-2026-000123, CL-2026-1234567). Pure.
 */

const MIN_SEQ_DIGITS = 6;
const CLAIM_NUMBER = /^CL-(\d{4})-(\d{6,})$/;

/** Throws RangeError unless year is 1000–9999 and seq a safe integer >= 1. */
export function formatClaimNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`claim number year must be a four-digit year, got ${year}`);
  }
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new RangeError(`claim number sequence must be a whole number >= 1, got ${seq}`);
  }
  return `CL-${year}-${String(seq).padStart(MIN_SEQ_DIGITS, '0')}`;
}

/**
 * The year and sequence of a claim number, or null when `s` is not one. Only the exact
 * form formatClaimNumber writes is accepted: upper-case `CL`, no spaces, no extra
 * leading zeros (CL-2026-0000123 is null), sequence >= 1.
 */
export function parseClaimNumber(s: string): { year: number; seq: number } | null {
  if (typeof s !== 'string') return null;
  const m = CLAIM_NUMBER.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const seq = Number(m[2]);
  if (year < 1000 || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (String(seq).padStart(MIN_SEQ_DIGITS, '0') !== m[2]) return null;
  return { year, seq };
}
