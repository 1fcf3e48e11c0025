/**
 * Statutory deadlines of a chosen remedy (law No. 2300-1 arts. 20–22 in the default
 * policy). Pure: the caller passes the policy and the instant the demand was made.
 */
import { REMEDY_KINDS, type RemedyInput, type RemedyKind } from '../claim.types';
import type { ClaimsPolicy, RemedyDeadlines } from '../policy/policy.types';
import { durationMs } from '../time/duration';

export interface RemedyDeadline {
  deadlineAt: Date;
  /** deadlineAt − deadlineWarningBefore, but never before the demand */
  warningAt: Date;
  /** e.g. "art. 21 (replacement with quality check): 20 days" */
  basis: string;
}

type DeadlinePolicy = Pick<ClaimsPolicy, 'calendarDay' | 'remedyDeadlines' | 'deadlineWarningBefore'>;

const absent = (v: unknown): boolean => v === undefined || v === null;

/**
 * Why `remedy` cannot be accepted under `policy`, or null when it can.
 *
 * - `repair` needs `agreedRepairDays`, a whole number >= 1, with
 *   agreedRepairDays × calendarDay <= repairMax;
 * - `rejected` needs a non-blank written `reason`;
 * - `qualityCheck` / `outOfStock` (when true) only for `replacement`;
 *   `agreedRepairDays` only for `repair`; `reason` only for `rejected`.
 *
 * "Absent" means undefined or null; for the two flags `false` counts as absent too.
 */
export function remedyRefusal(policy: DeadlinePolicy, remedy: RemedyInput): string | null {
  if (!(REMEDY_KINDS as readonly string[]).includes(remedy.kind)) {
    return `unknown remedy "${String(remedy.kind)}" (one of ${REMEDY_KINDS.join(', ')})`;
  }
  for (const flag of ['qualityCheck', 'outOfStock'] as const) {
    const v = remedy[flag];
    if (!absent(v) && typeof v !== 'boolean') return `${flag} must be true or false`;
    if (v === true && remedy.kind !== 'replacement') return `${flag} only applies to a replacement`;
  }
  if (!absent(remedy.agreedRepairDays) && remedy.kind !== 'repair') {
    return 'agreedRepairDays only applies to a repair';
  }
  if (!absent(remedy.reason) && remedy.kind !== 'rejected') {
    return 'reason only applies to a rejected claim';
  }

  if (remedy.kind === 'repair') {
    const days = remedy.agreedRepairDays;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
      return 'a repair needs the repair time agreed in writing, in whole days (agreedRepairDays >= 1)';
    }
    const day = durationMs(policy.calendarDay);
    const max = durationMs(policy.remedyDeadlines.repairMax);
    if (days * day > max) {
      return `agreed repair time of ${days} ${plural(days)} exceeds the statutory maximum of ${Math.floor(max / day)} days (art. 20)`;
    }
  }
  if (remedy.kind === 'rejected') {
    if (typeof remedy.reason !== 'string' || remedy.reason.trim() === '') {
      return 'a rejected claim needs a written reason';
    }
  }
  return null;
}

const ART_22: Record<'refund' | 'price_reduction' | 'repair_cost_reimbursement', string> = {
  refund: 'refund',
  price_reduction: 'price reduction',
  repair_cost_reimbursement: 'repair cost reimbursement',
};

/**
 * The statutory deadline of `remedy`, counted from `demandedAt`:
 * refund / price_reduction / repair_cost_reimbursement → their own durations (art. 22);
 * replacement → replacementOutOfStock if outOfStock, else replacementWithQualityCheck if
 * qualityCheck, else replacement (art. 21); repair → agreedRepairDays × calendarDay
 * (art. 20); rejected → rejected (written answer).
 *
 * Throws an Error with the remedyRefusal text when the remedy is not acceptable, so call
 * remedyRefusal first (in the Update validator).
 */
export function remedyDeadline(policy: DeadlinePolicy, remedy: RemedyInput, demandedAt: Date): RemedyDeadline {
  const refusal = remedyRefusal(policy, remedy);
  if (refusal !== null) throw new Error(refusal);
  const start = demandedAt.getTime();
  if (!Number.isFinite(start)) throw new RangeError('demandedAt is not a valid date');

  const day = durationMs(policy.calendarDay);
  const rd = policy.remedyDeadlines;
  const of = (key: keyof RemedyDeadlines) => durationMs(rd[key]);

  let lengthMs: number;
  let label: string;
  const kind: RemedyKind = remedy.kind;
  switch (kind) {
    case 'refund':
    case 'price_reduction':
    case 'repair_cost_reimbursement':
      lengthMs = of(kind);
      label = `art. 22 (${ART_22[kind]})`;
      break;
    case 'replacement':
      if (remedy.outOfStock === true) {
        lengthMs = of('replacementOutOfStock');
        label = 'art. 21 (replacement, out of stock)';
      } else if (remedy.qualityCheck === true) {
        lengthMs = of('replacementWithQualityCheck');
        label = 'art. 21 (replacement with quality check)';
      } else {
        lengthMs = of('replacement');
        label = 'art. 21 (replacement)';
      }
      break;
    case 'repair':
      lengthMs = (remedy.agreedRepairDays as number) * day;
      label = 'art. 20 (repair as agreed)';
      break;
    case 'rejected':
      lengthMs = of('rejected');
      label = 'written answer (rejected)';
      break;
    default:
      return assertUnreachable(kind);
  }

  const deadlineAt = start + lengthMs;
  const warningAt = Math.max(start, deadlineAt - durationMs(policy.deadlineWarningBefore));
  const days = Math.round(lengthMs / day);
  return {
    deadlineAt: new Date(deadlineAt),
    warningAt: new Date(warningAt),
    basis: `${label}: ${days} ${plural(days)}`,
  };
}

function plural(n: number): string {
  return n === 1 ? 'day' : 'days';
}

function assertUnreachable(x: never): never {
  throw new Error(`unexpected remedy kind ${String(x)}`);
}
