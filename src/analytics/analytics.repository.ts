import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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

const GROUPS_SQL = (where: string, unknown: string) =>
  (Object.entries(DIMENSIONS) as Array<[Dimension, string]>)
    .map(
      ([dimension, column]) =>
        `SELECT '${dimension}' AS dimension, coalesce(${column}, ${unknown}) AS key, count(*)::int AS count FROM claims ${where} GROUP BY 2`,
    )
    .join('\nUNION ALL\n');

const PENALTIES_SQL = (where: string) => `
  SELECT trim(currency) AS currency, sum(penalty_amount)::text AS amount
    FROM claims ${where}
   GROUP BY currency`;

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** Aggregates over the claims read model (PostgreSQL); read-only. */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every count, sum and median of the window, from one consistent snapshot. */
  totals(window: AnalyticsWindow): Promise<AnalyticsTotals> {
    return this.db.transaction('REPEATABLE READ', (m) => this.read(m, window));
  }

  private async read(m: EntityManager, window: AnalyticsWindow): Promise<AnalyticsTotals> {
    await m.query('SET TRANSACTION READ ONLY');
    const { sql: where, params } = whereOf(window);
    const [t] = await m.query(TOTALS_SQL(where), params);
    const groups: Array<{ dimension: Dimension; key: string; count: number }> = await m.query(
      GROUPS_SQL(where, `$${params.length + 1}`),
      [...params, UNKNOWN_KEY],
    );
    const accrued = whereOf(window, 'penalty_amount <> 0');
    const penalties: Array<{ currency: string; amount: string }> = await m.query(PENALTIES_SQL(accrued.sql), accrued.params);

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
