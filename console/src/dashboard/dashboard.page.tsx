/**
 * The supervisor's dashboard (/console/dashboard?from=…&to=…): the figures of
 * GET /analytics/summary for a period of the policy's days — claims by channel (beside the
 * reference company's shares), type, responsible unit, defect and supplier; first-response
 * SLA and statutory-deadline compliance; penalties; median times to triage and resolve;
 * CSAT, NPS and CES with the response rate; review-correction outcomes — and the scorecards
 * of the period's suppliers (supervisors; the API refuses auditors, and the page says so).
 * The period lives in the address, so a dashboard can be bookmarked or shared.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { saveFile } from '../audit/download';
import { formatDate, formatMoney } from '../format/time';
import { useI18n } from '../i18n/i18n';
import { ProblemText } from '../shell/problem-text';
import { navigate, useRoute } from '../shell/router';
import { BarChart } from './bar-chart';
import { bars, REFERENCE_CHANNEL_SHARES } from './chart-data';
import { periodProblem, periodQuery, presetPeriod, PRESETS, type Period, type Preset } from './period';

type Summary = Schemas['AnalyticsSummaryDto'];
const LONG_LIST = 12;
const SCORECARDS = 6;

export function DashboardPage() {
  const { t, timeZone } = useI18n();
  const { query } = useRoute();
  const fromDay = query.get('from') ?? '';
  const toDay = query.get('to') ?? '';
  const period: Period = periodProblem({ fromDay, toDay }) ? presetPeriod('thisMonth', new Date(), timeZone) : { fromDay, toDay };
  const range = periodQuery(period, timeZone);
  const summary = useQuery({
    queryKey: ['analytics-summary', range.from, range.to],
    queryFn: async () => {
      const data = unwrap(await api.GET('/analytics/summary', { params: { query: range } }));
      if (typeof data === 'string') throw new Error('expected the JSON summary');
      return data;
    },
  });
  return (
    <>
      <h1>{t.dashboard.title}</h1>
      <PeriodForm key={`${period.fromDay}_${period.toDay}`} period={period} />
      {summary.error && <ProblemText error={summary.error} />}
      {summary.isPending && <p>{t.common.loading}</p>}
      {summary.data && <Figures summary={summary.data} period={period} />}
    </>
  );
}

function PeriodForm({ period }: { period: Period }) {
  const { t, timeZone } = useI18n();
  const [preset, setPreset] = useState<Preset>('custom');
  const [draft, setDraft] = useState<Period>(period);
  const [problem, setProblem] = useState<string | null>(null);
  const choose = (p: Preset) => {
    setPreset(p);
    if (p !== 'custom') setDraft(presetPeriod(p, new Date(), timeZone));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wrong = periodProblem(draft);
    if (wrong) return setProblem(wrong === 'order' ? t.dashboard.orderProblem : t.validation.format.date);
    setProblem(null);
    navigate(`dashboard?from=${draft.fromDay}&to=${draft.toDay}`);
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={t.dashboard.period} noValidate>
      <div className="field">
        <label htmlFor="period-preset">{t.dashboard.period}</label>
        <select id="period-preset" value={preset} onChange={(e) => choose(e.target.value as Preset)}>
          {PRESETS.map((p) => <option key={p} value={p}>{t.dashboard.presets[p]}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="period-from">{t.dashboard.from}</label>
        <input id="period-from" type="date" value={draft.fromDay} onChange={(e) => { setPreset('custom'); setDraft({ ...draft, fromDay: e.target.value }); }} aria-invalid={problem ? true : undefined} />
      </div>
      <div className="field">
        <label htmlFor="period-to">{t.dashboard.to}</label>
        <input id="period-to" type="date" value={draft.toDay} onChange={(e) => { setPreset('custom'); setDraft({ ...draft, toDay: e.target.value }); }} aria-invalid={problem ? true : undefined} />
      </div>
      <button type="submit">{t.dashboard.show}</button>
      <p className="hint">{t.dashboard.zoneNote(timeZone)}</p>
      {problem && <p className="form-error" role="alert">{problem}</p>}
    </form>
  );
}

function Figures({ summary: s, period }: { summary: Summary; period: Period }) {
  const i18n = useI18n();
  const { t, language, timeZone } = i18n;
  const locale = language === 'ru' ? 'ru-RU' : 'en-GB';
  const num = (n: number | null, id: string, unit = '') => (
    <span data-figure={id}>{n === null ? '—' : `${n.toLocaleString(locale, { maximumFractionDigits: 2 })}${unit}`}</span>
  );
  const total = s.claims.total;
  const [downloadError, setDownloadError] = useState<unknown>(null);
  async function downloadCsv() {
    setDownloadError(null);
    try {
      const result = await api.GET('/analytics/summary', { params: { query: { ...periodQuery(period, timeZone), format: 'csv' } }, parseAs: 'blob' });
      saveFile(unwrap(result as { data?: Blob; error?: unknown; response: Response }), `analytics-${period.fromDay}_${period.toDay}.csv`);
    } catch (err) {
      setDownloadError(err);
    }
  }
  return (
    <>
      <p data-testid="period">
        {t.dashboard.periodLine(formatDate(period.fromDay, language, timeZone), formatDate(period.toDay, language, timeZone))} · <strong>{t.dashboard.total}: {num(total, 'claims.total')}</strong>{' '}
        <button type="button" className="secondary" onClick={downloadCsv}>{t.audit.download} CSV</button>
      </p>
      {downloadError ? <ProblemText error={downloadError} /> : null}
      <div className="cards">
        <Card title={t.dashboard.sla}>
          <dt>{t.dashboard.compliance}</dt><dd>{num(s.firstResponseSla.compliancePercent, 'firstResponseSla.compliancePercent', '%')}</dd>
          <dt>{t.dashboard.metOfMeasured}</dt><dd>{num(s.firstResponseSla.met, 'firstResponseSla.met')} / {num(s.firstResponseSla.measured, 'firstResponseSla.measured')}</dd>
          <dt>{t.dashboard.breached}</dt><dd>{num(s.firstResponseSla.breached, 'firstResponseSla.breached')}</dd>
        </Card>
        <Card title={t.dashboard.deadline}>
          <dt>{t.dashboard.compliance}</dt><dd>{num(s.statutoryDeadline.compliancePercent, 'statutoryDeadline.compliancePercent', '%')}</dd>
          <dt>{t.dashboard.metOfMeasured}</dt><dd>{num(s.statutoryDeadline.met, 'statutoryDeadline.met')} / {num(s.statutoryDeadline.measured, 'statutoryDeadline.measured')}</dd>
          <dt>{t.dashboard.breached}</dt><dd>{num(s.statutoryDeadline.breached, 'statutoryDeadline.breached')}</dd>
          <dt>{t.dashboard.penalties}</dt>
          <dd data-figure="statutoryDeadline.penalties">{s.statutoryDeadline.penalties.length === 0 ? t.dashboard.noPenalties : s.statutoryDeadline.penalties.map((p) => formatMoney(p.amount, p.currency, language)).join(' · ')}</dd>
        </Card>
        <Card title={t.dashboard.times}>
          <dt>{t.dashboard.toTriage}</dt><dd>{num(s.timeToTriage.medianHours, 'timeToTriage.medianHours', ` ${t.dashboard.hours}`)} <span className="muted">({t.dashboard.measured} {num(s.timeToTriage.measured, 'timeToTriage.measured')})</span></dd>
          <dt>{t.dashboard.toResolve}</dt><dd>{num(s.timeToResolve.medianHours, 'timeToResolve.medianHours', ` ${t.dashboard.hours}`)} <span className="muted">({t.dashboard.measured} {num(s.timeToResolve.measured, 'timeToResolve.measured')})</span></dd>
        </Card>
        <Card title={t.dashboard.survey}>
          <dt>{t.dashboard.responseRate}</dt><dd>{num(s.survey.responseRatePercent, 'survey.responseRatePercent', '%')} <span className="muted">({num(s.survey.answered, 'survey.answered')} / {num(s.survey.sent, 'survey.sent')})</span></dd>
          <dt>CSAT</dt><dd>{num(s.survey.csat.percent, 'survey.csat.percent', '%')} <span className="muted">({t.dashboard.answers} {num(s.survey.csat.answers, 'survey.csat.answers')})</span></dd>
          <dt>NPS</dt><dd>{num(s.survey.nps.score, 'survey.nps.score')} <span className="muted">({t.dashboard.npsSplit} {num(s.survey.nps.promoters, 'survey.nps.promoters')} / {num(s.survey.nps.passives, 'survey.nps.passives')} / {num(s.survey.nps.detractors, 'survey.nps.detractors')})</span></dd>
          <dt>CES</dt><dd>{num(s.survey.ces.mean, 'survey.ces.mean')} <span className="muted">({t.dashboard.answers} {num(s.survey.ces.answers, 'survey.ces.answers')})</span></dd>
        </Card>
        <Card title={t.dashboard.reviews}>
          <dt>{t.dashboard.correctionRate}</dt><dd>{num(s.reviewCorrection.updatedPercent, 'reviewCorrection.updatedPercent', '%')} <span className="muted">({t.dashboard.measured} {num(s.reviewCorrection.measured, 'reviewCorrection.measured')})</span></dd>
          <dt>{t.dashboard.outcomes.updated}</dt><dd>{num(s.reviewCorrection.outcomes.updated, 'reviewCorrection.outcomes.updated')}</dd>
          <dt>{t.dashboard.outcomes.unchanged}</dt><dd>{num(s.reviewCorrection.outcomes.unchanged, 'reviewCorrection.outcomes.unchanged')}</dd>
          <dt>{t.dashboard.outcomes.removed}</dt><dd>{num(s.reviewCorrection.outcomes.removed, 'reviewCorrection.outcomes.removed')}</dd>
        </Card>
      </div>
      <div className="charts">
        <BarChart id="byChannel" title={t.dashboard.byChannel} data={bars(s.claims.byChannel, total, { reference: REFERENCE_CHANNEL_SHARES })} />
        <BarChart id="byType" title={t.dashboard.byType} data={bars(s.claims.byType, total)} />
        <BarChart id="byUnit" title={t.dashboard.byUnit} data={bars(s.claims.byUnit, total)} />
        <BarChart id="byDefect" title={t.dashboard.byDefect} data={bars(s.claims.byDefect, total, { max: LONG_LIST })} label={(k) => (k === 'unknown' ? i18n.value(k) : k)} />
        <BarChart id="bySupplier" title={t.dashboard.bySupplier} data={bars(s.claims.bySupplier, total, { max: LONG_LIST })} label={(k) => (k === 'unknown' ? t.dashboard.noSupplier : k)} />
      </div>
      <Scorecards suppliers={s.claims.bySupplier.filter((b) => b.key !== 'unknown').slice(0, SCORECARDS).map((b) => b.key)} period={period} />
    </>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <dl>{children}</dl>
    </section>
  );
}

function Scorecards({ suppliers, period }: { suppliers: string[]; period: Period }) {
  const { t, language, timeZone } = useI18n();
  const range = periodQuery(period, timeZone);
  const cards = useQueries({
    queries: suppliers.map((id) => ({
      queryKey: ['scorecard', id, range.from, range.to],
      queryFn: async () => unwrap(await api.GET('/suppliers/{id}/scorecard', { params: { path: { id }, query: range } })),
    })),
  });
  const refused = cards.find((c) => c.error)?.error;
  const rate = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);
  return (
    <section aria-labelledby="scorecards-title">
      <h2 id="scorecards-title">{t.dashboard.scorecards}</h2>
      <p className="hint">{t.dashboard.scorecardsNote}</p>
      {suppliers.length === 0 && <p className="muted">{t.dashboard.noSuppliers}</p>}
      {refused ? <ProblemText error={refused} /> : null}
      {cards.some((c) => c.data) && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.fields.supplierId}</th>
                <th scope="col" className="num">{t.dashboard.disputes}</th>
                <th scope="col" className="num">{t.dashboard.open}</th>
                <th scope="col" className="num">{t.dashboard.acceptance}</th>
                <th scope="col" className="num">{t.dashboard.medianResponse}</th>
                <th scope="col" className="num">{t.dashboard.deadlineBreaches}</th>
                <th scope="col">{t.dashboard.recovered}</th>
              </tr>
            </thead>
            <tbody>
              {cards.map((c, i) => c.data && (
                <tr key={suppliers[i]} data-key={suppliers[i]}>
                  <th scope="row">{c.data.supplierId}</th>
                  <td className="num">{c.data.disputes.total}</td>
                  <td className="num">{c.data.disputes.open}</td>
                  <td className="num">{rate(c.data.acceptanceRate)}</td>
                  <td className="num">{c.data.medianResponseBusinessHours ?? '—'}</td>
                  <td className="num">{c.data.deadlineBreaches}</td>
                  <td>{c.data.amounts.map((a) => `${formatMoney(a.recovered, a.currency, language)} / ${formatMoney(a.claimed, a.currency, language)}`).join(' · ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
