import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { REVIEW_OUTCOMES, UNKNOWN_KEY, type AnalyticsTotals, type KeyCount } from '../../domain/analytics/metrics';

/** Claims received within [from, to] (ISO instants, both inclusive); either end may be open. */
export interface AnalyticsWindow {
  from?: string;
  to?: string;
}

function whereOf(window: AnalyticsWindow, ...extra: string[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const conditions: string[] = [...extra];
  if (window.from !== undefined) conditions.push(`received_at >= $${params.push(window.from)}::timestamptz`);
  if (window.to !== undefined) conditions.push(`received_at <= $${params.push(window.to)}::timestamptz`);
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** One row of figures over the window; counts are cast to int, medians are seconds. */
const TOTALS_SQL = (where: string) => `
  SELECT
    count(*)::int AS claims,
    count(*) FILTER (WHERE first_response_at IS NOT NULL OR sla_breached)::int AS sla_eligible,
    count(*) FILTER (WHERE sla_breached)::int AS sla_breached,
    count(*) FILTER (WHERE deadline_at IS NOT NULL)::int AS deadline_set,
    count(*) FILTER (WHERE deadline_at IS NOT NULL AND deadline_breached)::int AS deadline_breached,
    count(*) FILTER (WHERE triaged_at IS NOT NULL)::int AS triaged,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM triaged_at - received_at)::float8)
      FILTER (WHERE triaged_at IS NOT NULL) AS median_triage_seconds,
    count(*) FILTER (WHERE resolved_at IS NOT NULL)::int AS resolved,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - received_at)::float8)
      FILTER (WHERE resolved_at IS NOT NULL) AS median_resolve_seconds,
    count(*) FILTER (WHERE survey_sent_at IS NOT NULL)::int AS surveys_sent,
    count(*) FILTER (WHERE survey_sent_at IS NOT NULL AND survey_answered_at IS NOT NULL)::int AS surveys_answered,
    count(csat)::int AS csat_answers,
    count(*) FILTER (WHERE csat >= 4)::int AS csat_satisfied,
    count(nps)::int AS nps_answers,
    count(*) FILTER (WHERE nps >= 9)::int AS nps_promoters,
    count(*) FILTER (WHERE nps <= 6)::int AS nps_detractors,
    count(ces)::int AS ces_answers,
    coalesce(sum(ces), 0)::int AS ces_sum,
    ${REVIEW_OUTCOMES.map(
      (o) => `count(*) FILTER (WHERE review_negative AND review_outcome = '${o}')::int AS review_${o}`,
    ).join(',\n    ')}
  FROM claims ${where}`;

/** The breakdowns, one row per (dimension, key); null columns under UNKNOWN_KEY (parameter `unknown`). */
const DIMENSIONS = {
  byChannel: 'channel',
  byType: 'type',
  byUnit: 'unit',
  byDefect: 'defect_code',
  bySupplier: 'supplier_id',
} as const;
type Dimension = keyof typeof DIMENSIONS;

/**
 * Every breakdown and the penalties per currency in ONE scan of the window, with grouping
 * sets: two scans instead of seven (totals + 5 breakdowns + penalties measured ~2.4 s p50 over 1M claims). A row is
 * `(dimension, key, count, amount)`; `amount` is set on the `penalties` rows only.
 */
const GROUPS_SQL = (where: string, unknown: string) => {
  const columns = Object.entries(DIMENSIONS) as Array<[Dimension, string]>;
  return `
  SELECT CASE ${columns.map(([dimension, column]) => `WHEN GROUPING(${column}) = 0 THEN '${dimension}'`).join(' ')} ELSE 'penalties' END AS dimension,
         coalesce(${columns.map(([, column]) => `CASE WHEN GROUPING(${column}) = 0 THEN coalesce(${column}, ${unknown}) END`).join(', ')}, trim(currency)) AS key,
         count(*)::int AS count,
         (sum(penalty_amount) FILTER (WHERE penalty_amount <> 0))::text AS amount
    FROM claims ${where}
   GROUP BY GROUPING SETS (${columns.map(([, column]) => `(${column})`).join(', ')}, (currency))`;
};

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** Aggregates over the claims read model (PostgreSQL); read-only. */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Every count, sum and median of the window, from one consistent snapshot: ONE statement,
   * the totals and the breakdowns as the two branches of a UNION ALL, which PostgreSQL runs
   * side by side in parallel workers where it has them (a Parallel Append: 1.7 s → 0.95 s
   * over 1M claims on 2 cores; docs/benchmarks.md). Rows come back as JSON, tagged by part.
   */
  async totals(window: AnalyticsWindow): Promise<AnalyticsTotals> {
    const { sql: where, params } = whereOf(window);
    const rows: Array<{ part: 'totals' | 'groups'; row: Record<string, any> }> = await this.db.query(
      `SELECT 'totals' AS part, to_jsonb(t) AS row FROM (${TOTALS_SQL(where)}) t
       UNION ALL
       SELECT 'groups', to_jsonb(g) FROM (${GROUPS_SQL(where, `$${params.length + 1}::text`)}) g`,
      [...params, UNKNOWN_KEY],
    );
    const t = rows.find((r) => r.part === 'totals')?.row as Record<string, any>;
    const groups = rows.filter((r) => r.part === 'groups').map((r) => r.row) as Array<{
      dimension: Dimension | 'penalties';
      key: string;
      count: number;
      amount: string | null;
    }>;
    // currencies whose penalties sum to nothing are left out
    const penalties = groups.filter((g) => g.dimension === 'penalties' && g.amount !== null).map((g) => ({ currency: g.key, amount: g.amount as string }));

    const byDimension = (dimension: Dimension): KeyCount[] =>
      groups.filter((g) => g.dimension === dimension).map((g) => ({ key: g.key, count: g.count }));
    return {
      claims: t.claims,
      byChannel: byDimension('byChannel'),
      byType: byDimension('byType'),
      byUnit: byDimension('byUnit'),
      byDefect: byDimension('byDefect'),
      bySupplier: byDimension('bySupplier'),
      slaEligible: t.sla_eligible,
      slaBreached: t.sla_breached,
      deadlineSet: t.deadline_set,
      deadlineBreached: t.deadline_breached,
      penalties: penalties.map((p) => ({ currency: p.currency, amount: Number(p.amount) })),
      triaged: t.triaged,
      medianTriageSeconds: num(t.median_triage_seconds),
      resolved: t.resolved,
      medianResolveSeconds: num(t.median_resolve_seconds),
      surveysSent: t.surveys_sent,
      surveysAnswered: t.surveys_answered,
      csatAnswers: t.csat_answers,
      csatSatisfied: t.csat_satisfied,
      npsAnswers: t.nps_answers,
      npsPromoters: t.nps_promoters,
      npsDetractors: t.nps_detractors,
      cesAnswers: t.ces_answers,
      cesSum: t.ces_sum,
      reviewOutcomes: { updated: t.review_updated, unchanged: t.review_unchanged, removed: t.review_removed },
    };
  }
}
