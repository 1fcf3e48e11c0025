/**
 * The analytics summary's formulas: pure arithmetic over the counts and sums the
 * claims read model gives (the SQL only counts, sums and takes medians), so that every
 * percentage, score and rounding rule is unit-tested on hand-made numbers.
 *
 * Conventions: a rate over an empty set is `null` (never NaN, never 0); percentages
 * are 0–100 with one decimal, computed once from the counts and rounded half away from
 * zero; hours and means have two decimals.
 */

/** A group of a breakdown; `null` columns are grouped under this key. */
export const UNKNOWN_KEY = 'unknown';

export const REVIEW_OUTCOMES = ['updated', 'unchanged', 'removed'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** Rounds half away from zero to `decimals` places (so 0.125 → 0.13 and -0.125 → -0.13 at 2). */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // absorb the binary representation error of values such as 1.005 * 100 = 100.49999999999999
  const rounded = Math.round(scaled + Number.EPSILON * Math.max(1, scaled) * 4) / factor;
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/**
 * `part` of `whole` as a percentage with one decimal; null when `whole` is 0. The
 * quotient of integers is taken once (part × 1000 ÷ whole), so an exact tie such as
 * 1/16 = 6.25 % rounds as a tie (6.3), not as 6.2499….
 */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return roundHalfAwayFromZero((part * 1000) / whole, 0) / 10;
}

/**
 * Net Promoter Score: % promoters (9–10) − % detractors (0–6) of all NPS answers,
 * from −100 to 100 with one decimal; null without answers. Computed from the counts
 * and rounded once, not as the difference of two rounded percentages.
 */
export function netPromoterScore(promoters: number, detractors: number, answers: number): number | null {
  if (answers === 0) return null;
  return roundHalfAwayFromZero(((promoters - detractors) * 1000) / answers, 0) / 10;
}

/** The mean of `count` values summing to `sum`, with two decimals; null when there are none. */
export function mean(sum: number, count: number): number | null {
  if (count === 0) return null;
  return roundHalfAwayFromZero((sum * 100) / count, 0) / 100;
}

/** Seconds as hours with two decimals; null stays null (no claim measured). */
export function hoursFromSeconds(seconds: number | null): number | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  return roundHalfAwayFromZero(seconds / 3600, 2);
}

export interface KeyCount {
  key: string;
  count: number;
}

/** Largest group first; equal counts in key order (so the answer is stable). */
export function rankCounts(groups: readonly KeyCount[]): KeyCount[] {
  return [...groups].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** What the read model gives for a time window: counts, sums and medians, nothing derived. */
export interface AnalyticsTotals {
  claims: number;
  byChannel: KeyCount[];
  byType: KeyCount[];
  byUnit: KeyCount[];
  byDefect: KeyCount[];
  bySupplier: KeyCount[];
  /** claims that got a first response or breached the first-response SLA */
  slaEligible: number;
  /** of those, the ones whose SLA was breached */
  slaBreached: number;
  /** claims with a statutory deadline set */
  deadlineSet: number;
  /** of those, the ones past their deadline */
  deadlineBreached: number;
  /** penalties accrued, summed per currency (decimal amounts as the database gives them) */
  penalties: Array<{ currency: string; amount: number }>;
  triaged: number;
  /** median of (triaged_at − received_at) in seconds; null when none was triaged */
  medianTriageSeconds: number | null;
  resolved: number;
  medianResolveSeconds: number | null;
  surveysSent: number;
  /** answered surveys among the sent ones */
  surveysAnswered: number;
  csatAnswers: number;
  /** CSAT 4 or 5 */
  csatSatisfied: number;
  npsAnswers: number;
  /** NPS 9 or 10 */
  npsPromoters: number;
  /** NPS 0 to 6 */
  npsDetractors: number;
  cesAnswers: number;
  cesSum: number;
  /** claims linked to a negative review whose correction has an outcome, per outcome */
  reviewOutcomes: Record<ReviewOutcome, number>;
}

export interface AnalyticsSummary {
  claims: {
    total: number;
    byChannel: KeyCount[];
    byType: KeyCount[];
    byUnit: KeyCount[];
    byDefect: KeyCount[];
    bySupplier: KeyCount[];
  };
  firstResponseSla: { measured: number; met: number; breached: number; compliancePercent: number | null };
  statutoryDeadline: {
    measured: number;
    met: number;
    breached: number;
    compliancePercent: number | null;
    penalties: Array<{ currency: string; amount: number }>;
  };
  timeToTriage: { measured: number; medianHours: number | null };
  timeToResolve: { measured: number; medianHours: number | null };
  survey: {
    sent: number;
    answered: number;
    responseRatePercent: number | null;
    csat: { answers: number; satisfied: number; percent: number | null };
    nps: { answers: number; promoters: number; passives: number; detractors: number; score: number | null };
    ces: { answers: number; mean: number | null };
  };
  reviewCorrection: {
    measured: number;
    outcomes: Record<ReviewOutcome, number>;
    updatedPercent: number | null;
  };
}

/** Money: sums in cents so that 0.1 + 0.2 is 0.3. */
const cents = (amount: number): number => Math.round(amount * 100);

/** Turns the counts into the summary's figures. */
export function summarize(t: AnalyticsTotals): AnalyticsSummary {
  const penalties = new Map<string, number>();
  for (const p of t.penalties) penalties.set(p.currency, (penalties.get(p.currency) ?? 0) + cents(p.amount));
  const reviewMeasured = REVIEW_OUTCOMES.reduce((sum, o) => sum + t.reviewOutcomes[o], 0);
  return {
    claims: {
      total: t.claims,
      byChannel: rankCounts(t.byChannel),
      byType: rankCounts(t.byType),
      byUnit: rankCounts(t.byUnit),
      byDefect: rankCounts(t.byDefect),
      bySupplier: rankCounts(t.bySupplier),
    },
    firstResponseSla: {
      measured: t.slaEligible,
      met: t.slaEligible - t.slaBreached,
      breached: t.slaBreached,
      compliancePercent: percent(t.slaEligible - t.slaBreached, t.slaEligible),
    },
    statutoryDeadline: {
      measured: t.deadlineSet,
      met: t.deadlineSet - t.deadlineBreached,
      breached: t.deadlineBreached,
      compliancePercent: percent(t.deadlineSet - t.deadlineBreached, t.deadlineSet),
      penalties: [...penalties.entries()]
        .filter(([, amount]) => amount !== 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([currency, amount]) => ({ currency, amount: amount / 100 })),
    },
    timeToTriage: { measured: t.triaged, medianHours: hoursFromSeconds(t.medianTriageSeconds) },
    timeToResolve: { measured: t.resolved, medianHours: hoursFromSeconds(t.medianResolveSeconds) },
    survey: {
      sent: t.surveysSent,
      answered: t.surveysAnswered,
      responseRatePercent: percent(t.surveysAnswered, t.surveysSent),
      csat: { answers: t.csatAnswers, satisfied: t.csatSatisfied, percent: percent(t.csatSatisfied, t.csatAnswers) },
      nps: {
        answers: t.npsAnswers,
        promoters: t.npsPromoters,
        passives: t.npsAnswers - t.npsPromoters - t.npsDetractors,
        detractors: t.npsDetractors,
        score: netPromoterScore(t.npsPromoters, t.npsDetractors, t.npsAnswers),
      },
      ces: { answers: t.cesAnswers, mean: mean(t.cesSum, t.cesAnswers) },
    },
    reviewCorrection: {
      measured: reviewMeasured,
      outcomes: { ...t.reviewOutcomes },
      updatedPercent: percent(t.reviewOutcomes.updated, reviewMeasured),
    },
  };
}
