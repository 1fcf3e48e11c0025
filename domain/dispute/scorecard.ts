/**
 * A supplier's scorecard from its disputes: pure arithmetic over plain rows, so every
 * formula is unit-tested on hand-made data.
 */
import { businessHoursBetween, type BusinessCalendar } from '../calendar/business-calendar';
import { isOpenDispute, type DisputeStatus } from './dispute.types';

export interface ScorecardDispute {
  status: DisputeStatus;
  response: 'accepted' | 'rejected' | null;
  /** ISO instants */
  openedAt: string;
  respondedAt: string | null;
  /** the deadline passed before the supplier answered (or it never did) */
  overdue: boolean;
  amountClaimed: number;
  settledAmount: number | null;
  currency: string;
}

export interface Scorecard {
  disputes: { total: number; open: number; closed: number; settled: number; writtenOff: number };
  responses: { accepted: number; rejected: number; unanswered: number };
  /** accepted ÷ answered; null before the first answer */
  acceptanceRate: number | null;
  /** median time from opening to the supplier's answer, in business hours; null before the first answer */
  medianResponseBusinessHours: number | null;
  /** disputes whose deadline passed without an answer in time */
  deadlineBreaches: number;
  /** per currency: claimed over all disputes, recovered = agreed chargebacks of settled ones */
  amounts: Array<{ currency: string; claimed: number; recovered: number }>;
}

/** The median of a list; the mean of the middle two for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const cents = (n: number): number => Math.round(n * 100);

export function scorecard(disputes: readonly ScorecardDispute[], calendar: BusinessCalendar): Scorecard {
  const answered = disputes.filter((d) => d.response !== null && d.respondedAt !== null);
  const accepted = answered.filter((d) => d.response === 'accepted').length;
  const hours = answered.map((d) => businessHoursBetween(Date.parse(d.openedAt), Date.parse(d.respondedAt as string), calendar));
  const byCurrency = new Map<string, { claimed: number; recovered: number }>();
  for (const d of disputes) {
    const sums = byCurrency.get(d.currency) ?? { claimed: 0, recovered: 0 };
    sums.claimed += cents(d.amountClaimed);
    if (d.status === 'settled') sums.recovered += cents(d.settledAmount ?? 0);
    byCurrency.set(d.currency, sums);
  }
  const med = median(hours);
  return {
    disputes: {
      total: disputes.length,
      open: disputes.filter((d) => isOpenDispute(d.status)).length,
      closed: disputes.filter((d) => !isOpenDispute(d.status)).length,
      settled: disputes.filter((d) => d.status === 'settled').length,
      writtenOff: disputes.filter((d) => d.status === 'written_off').length,
    },
    responses: { accepted, rejected: answered.length - accepted, unanswered: disputes.length - answered.length },
    acceptanceRate: answered.length === 0 ? null : accepted / answered.length,
    medianResponseBusinessHours: med === null ? null : Math.round(med * 100) / 100,
    deadlineBreaches: disputes.filter((d) => d.overdue).length,
    amounts: [...byCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, s]) => ({ currency, claimed: s.claimed / 100, recovered: s.recovered / 100 })),
  };
}
