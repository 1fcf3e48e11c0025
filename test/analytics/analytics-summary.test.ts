/**
 * GET /analytics/summary over HTTP against the real PostgreSQL read model: hand-made
 * claims rows in June 2001 (far from every other test's claims), each figure of the
 * JSON answer and a few CSV rows checked against numbers worked out by hand below;
 * the window's ends (a date `to` covers its whole UTC day, offsets, inclusive ends);
 * who may call; bad input → 400 problem+json.
 */
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app';

const HOUR = 3600_000;
const at = (iso: string): Date => new Date(iso);
const plusHours = (d: Date, h: number): Date => new Date(d.getTime() + h * HOUR);

interface ClaimRow {
  channel: string;
  receivedAt: Date;
  type?: string;
  unit?: string;
  defectCode?: string;
  supplierId?: string;
  currency?: string;
  firstResponseAfterHours?: number;
  slaBreached?: boolean;
  triagedAfterHours?: number;
  resolvedAfterHours?: number;
  deadline?: boolean;
  deadlineBreached?: boolean;
  penalty?: string;
  surveySent?: boolean;
  surveyAnswered?: boolean;
  csat?: number;
  nps?: number;
  ces?: number;
  reviewNegative?: boolean;
  reviewOutcome?: 'updated' | 'unchanged' | 'removed';
}

const suffix = randomUUID().slice(0, 8);
const S1 = `an-yug-${suffix}`;
const S2 = `an-sever-${suffix}`;

/*
 * The window 2001-06-01 … 2001-06-30 holds claims A–F; G and H lie just outside it.
 *
 *      channel   type             unit       defect                  supplier  1st resp./SLA   triage  resolve  deadline/penalty    survey (csat,nps,ces)  review
 *  A   hotline   product_quality  supplier   filler_shrinkage        S1        2h, met         2h      72h      met                 5, 10, 7               negative, updated
 *  B   hotline   product_quality  supplier   filler_shrinkage        S1        none, breached  4h      168h     breached 849.90 RUB 2, 6, 2                negative, unchanged
 *  C   email     service_quality  logistics  delivery.late           —         0.5h, met       6h      —        breached 0.15 RUB   sent, not answered     not negative, "updated"
 *  D   email     —                —          —                       —         none, not yet   —       —        none                none                   negative, no outcome
 *  E   web_form  product_quality  supplier   cabinet.panel_defect    S2        1h, met         24h     48h      breached 12.34 EUR  4, 9, 5                negative, removed
 *  F   hotline   settlement       sales      other                   —         0.25h, breached —       —        none                3, 7, —                —
 *  (F is received at 23:30 on the window's last day: a date `to` covers the whole day)
 */
const ROWS: Record<string, ClaimRow> = {
  A: {
    channel: 'hotline', receivedAt: at('2001-06-02T10:00:00Z'), type: 'product_quality', unit: 'supplier',
    defectCode: 'upholstered.filler_shrinkage', supplierId: S1, firstResponseAfterHours: 2, triagedAfterHours: 2,
    resolvedAfterHours: 72, deadline: true, surveySent: true, surveyAnswered: true, csat: 5, nps: 10, ces: 7,
    reviewNegative: true, reviewOutcome: 'updated',
  },
  B: {
    channel: 'hotline', receivedAt: at('2001-06-03T08:00:00Z'), type: 'product_quality', unit: 'supplier',
    defectCode: 'upholstered.filler_shrinkage', supplierId: S1, slaBreached: true, triagedAfterHours: 4,
    resolvedAfterHours: 168, deadline: true, deadlineBreached: true, penalty: '849.90', surveySent: true,
    surveyAnswered: true, csat: 2, nps: 6, ces: 2, reviewNegative: true, reviewOutcome: 'unchanged',
  },
  C: {
    channel: 'email', receivedAt: at('2001-06-10T09:00:00Z'), type: 'service_quality', unit: 'logistics',
    defectCode: 'delivery.late', firstResponseAfterHours: 0.5, triagedAfterHours: 6, deadline: true,
    deadlineBreached: true, penalty: '0.15', surveySent: true, reviewNegative: false, reviewOutcome: 'updated',
  },
  D: { channel: 'email', receivedAt: at('2001-06-15T00:00:00Z'), reviewNegative: true },
  E: {
    channel: 'web_form', receivedAt: at('2001-06-20T12:00:00Z'), type: 'product_quality', unit: 'supplier',
    defectCode: 'cabinet.panel_defect', supplierId: S2, currency: 'EUR', firstResponseAfterHours: 1,
    triagedAfterHours: 24, resolvedAfterHours: 48, deadline: true, deadlineBreached: true, penalty: '12.34',
    surveySent: true, surveyAnswered: true, csat: 4, nps: 9, ces: 5, reviewNegative: true, reviewOutcome: 'removed',
  },
  F: {
    channel: 'hotline', receivedAt: at('2001-06-30T23:30:00Z'), type: 'settlement', unit: 'sales', defectCode: 'other',
    firstResponseAfterHours: 0.25, slaBreached: true, surveySent: true, surveyAnswered: true, csat: 3, nps: 7,
  },
  G: {
    channel: 'hotline', receivedAt: at('2001-05-31T23:59:59.999Z'), supplierId: S1, slaBreached: true, deadline: true,
    deadlineBreached: true, penalty: '1000.00', surveySent: true, surveyAnswered: true, csat: 1, nps: 0, ces: 1,
  },
  H: {
    channel: 'post', receivedAt: at('2001-07-01T00:00:00Z'), supplierId: S2, firstResponseAfterHours: 1,
    reviewNegative: true, reviewOutcome: 'updated',
  },
};

async function insertClaim(t: TestApp, id: string, r: ClaimRow): Promise<void> {
  const after = (h: number | undefined) => (h === undefined ? null : plusHours(r.receivedAt, h));
  const surveySentAt = r.surveySent ? plusHours(r.receivedAt, 200) : null;
  await t.db.query(
    `INSERT INTO claims (
       id, number, status, channel, type, unit, defect_code, severity, supplier_id,
       customer_name, order_id, sku, product_name, category, price, currency, in_warranty,
       received_at, triaged_at, resolved_at, sla_due_at, sla_breached, deadline_at, deadline_breached, penalty_amount,
       search_text, version, view,
       first_response_at, survey_sent_at, survey_answered_at, csat, nps, ces, review_negative, review_outcome)
     VALUES ($1, $2, 'received', $3, $4, $5, $6, NULL, $7,
       'Analytics Test', $8, 'SOFA-OSLO-3', 'Sofa Oslo 3-seat', 'upholstered', 84990, $9, true,
       $10, $11, $12, $13, $14, $15, $16, $17,
       '', 1, '{}'::jsonb,
       $18, $19, $20, $21, $22, $23, $24, $25)`,
    [
      id, `AN-${id}`, r.channel, r.type ?? null, r.unit ?? null, r.defectCode ?? null, r.supplierId ?? null,
      `ORD-AN-${id.slice(0, 8)}`, r.currency ?? 'RUB',
      r.receivedAt, after(r.triagedAfterHours), after(r.resolvedAfterHours), plusHours(r.receivedAt, 24), r.slaBreached ?? false,
      r.deadline ? plusHours(r.receivedAt, 240) : null, r.deadlineBreached ?? false, r.penalty ?? '0',
      after(r.firstResponseAfterHours), surveySentAt, r.surveyAnswered && surveySentAt ? plusHours(surveySentAt, 5) : null,
      r.csat ?? null, r.nps ?? null, r.ces ?? null, r.reviewNegative ?? false, r.reviewOutcome ?? null,
    ],
  );
}

/** The figures of the window 2001-06-01 … 2001-06-30 (A–F), by hand from the table above. */
const EXPECTED_JUNE = {
  period: { from: '2001-06-01T00:00:00.000Z', to: '2001-06-30T23:59:59.999Z' },
  claims: {
    total: 6,
    byChannel: [
      { key: 'hotline', count: 3 },
      { key: 'email', count: 2 },
      { key: 'web_form', count: 1 },
    ],
    // equal counts in key order
    byType: [
      { key: 'product_quality', count: 3 },
      { key: 'service_quality', count: 1 },
      { key: 'settlement', count: 1 },
      { key: 'unknown', count: 1 },
    ],
    byUnit: [
      { key: 'supplier', count: 3 },
      { key: 'logistics', count: 1 },
      { key: 'sales', count: 1 },
      { key: 'unknown', count: 1 },
    ],
    byDefect: [
      { key: 'upholstered.filler_shrinkage', count: 2 },
      { key: 'cabinet.panel_defect', count: 1 },
      { key: 'delivery.late', count: 1 },
      { key: 'other', count: 1 },
      { key: 'unknown', count: 1 },
    ],
    bySupplier: [
      { key: 'unknown', count: 3 },
      { key: S1, count: 2 },
      { key: S2, count: 1 },
    ],
  },
  // measured: A, B (breached), C, E, F (breached); D neither answered nor breached
  firstResponseSla: { measured: 5, met: 3, breached: 2, compliancePercent: 60 },
  // deadlines: A met; B, C, E breached. Penalties: RUB 849.90 + 0.15, EUR 12.34
  statutoryDeadline: {
    measured: 4,
    met: 1,
    breached: 3,
    compliancePercent: 25,
    penalties: [
      { currency: 'EUR', amount: 12.34 },
      { currency: 'RUB', amount: 850.05 },
    ],
  },
  // triage 2, 4, 6, 24 h → median (4 + 6) / 2; resolve 48, 72, 168 h → 72
  timeToTriage: { measured: 4, medianHours: 5 },
  timeToResolve: { measured: 3, medianHours: 72 },
  survey: {
    // sent A B C E F, answered A B E F
    sent: 5,
    answered: 4,
    responseRatePercent: 80,
    // csat 5 2 4 3: 4 and 5 satisfied
    csat: { answers: 4, satisfied: 2, percent: 50 },
    // nps 10 6 9 7: promoters 10 and 9, detractor 6, passive 7 → (2 − 1) / 4 = 25 %
    nps: { answers: 4, promoters: 2, passives: 1, detractors: 1, score: 25 },
    // ces 7 2 5 (F left it out) → 14 / 3
    ces: { answers: 3, mean: 4.67 },
  },
  // negative with an outcome: A updated, B unchanged, E removed (C not negative, D no outcome)
  reviewCorrection: { measured: 3, outcomes: { updated: 1, unchanged: 1, removed: 1 }, updatedPercent: 33.3 },
};

describe('GET /analytics/summary', () => {
  let t: TestApp;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    for (const row of Object.values(ROWS)) {
      const id = randomUUID();
      ids.push(id);
      await insertClaim(t, id, row);
    }
  });

  afterAll(async () => {
    if (!t) return;
    await t.db.query(`DELETE FROM claims WHERE id = ANY($1)`, [ids]);
    await t.close();
  });

  const summary = (query: string, role: 'supervisor' | 'auditor' = 'supervisor') =>
    t.http.get(`/analytics/summary${query}`).set(t.auth(role));

  it('computes every figure of a window, as worked out by hand', async () => {
    const res = await summary('?from=2001-06-01&to=2001-06-30').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual(EXPECTED_JUNE);
  });

  it('answers an auditor the same', async () => {
    const res = await summary('?from=2001-06-01&to=2001-06-30', 'auditor').expect(200);
    expect(res.body).toEqual(EXPECTED_JUNE);
  });

  it('takes date-times with offsets and includes both ends', async () => {
    // 12:00+02:00 is A's receipt (10:00Z); the end is B's receipt to the millisecond
    const res = await summary(`?from=${encodeURIComponent('2001-06-02T12:00:00+02:00')}&to=2001-06-03T08:00:00Z`).expect(200);
    expect(res.body.period).toEqual({ from: '2001-06-02T10:00:00.000Z', to: '2001-06-03T08:00:00.000Z' });
    expect(res.body.claims.total).toBe(2);
    expect(res.body.claims.bySupplier).toEqual([{ key: S1, count: 2 }]);
    expect(res.body.firstResponseSla).toEqual({ measured: 2, met: 1, breached: 1, compliancePercent: 50 });
    expect(res.body.timeToTriage).toEqual({ measured: 2, medianHours: 3 });
    expect(res.body.timeToResolve).toEqual({ measured: 2, medianHours: 120 });
    expect(res.body.statutoryDeadline.penalties).toEqual([{ currency: 'RUB', amount: 849.9 }]);
    expect(res.body.survey.nps).toEqual({ answers: 2, promoters: 1, passives: 0, detractors: 1, score: 0 });
  });

  it('a window with no claims: zero counts and null rates, never NaN', async () => {
    const res = await summary('?from=2001-01-01&to=2001-01-02').expect(200);
    expect(res.text).not.toMatch(/NaN|Infinity/);
    expect(res.body.claims).toEqual({ total: 0, byChannel: [], byType: [], byUnit: [], byDefect: [], bySupplier: [] });
    expect(res.body.firstResponseSla.compliancePercent).toBeNull();
    expect(res.body.statutoryDeadline).toEqual({ measured: 0, met: 0, breached: 0, compliancePercent: null, penalties: [] });
    expect(res.body.timeToTriage).toEqual({ measured: 0, medianHours: null });
    expect(res.body.survey.nps.score).toBeNull();
    expect(res.body.survey.ces.mean).toBeNull();
    expect(res.body.reviewCorrection.updatedPercent).toBeNull();
  });

  describe('as CSV', () => {
    const parse = (text: string) => text.split('\r\n');

    it('?format=csv: a section,key,value row per figure, the same numbers as the JSON', async () => {
      const res = await summary('?from=2001-06-01&to=2001-06-30&format=csv').expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers.vary).toMatch(/Accept/);
      const lines = parse(res.text);
      expect(lines[0]).toBe('section,key,value');
      expect(lines[lines.length - 1]).toBe('');
      expect(lines).toEqual(
        expect.arrayContaining([
          'period,from,2001-06-01T00:00:00.000Z',
          'period,to,2001-06-30T23:59:59.999Z',
          'claims,total,6',
          'claims.byChannel,hotline,3',
          'claims.bySupplier,unknown,3',
          `claims.bySupplier,${S1},2`,
          'firstResponseSla,compliancePercent,60',
          'statutoryDeadline.penalties,RUB,850.05',
          'timeToTriage,medianHours,5',
          'survey,responseRatePercent,80',
          'survey.nps,score,25',
          'survey.ces,mean,4.67',
          'reviewCorrection,updatedPercent,33.3',
        ]),
      );
    });

    it('Accept: text/csv gives CSV too; an empty rate is an empty value', async () => {
      const res = await summary('?from=2001-01-01&to=2001-01-02').set('Accept', 'text/csv').expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const lines = parse(res.text);
      expect(lines).toContain('claims,total,0');
      expect(lines).toContain('survey.nps,score,');
      expect(lines).toContain('timeToResolve,medianHours,');
    });
  });

  describe('who may call', () => {
    it.each(['agent', 'supplier', 'integration', 'admin'] as const)('%s: 403 problem', async (role) => {
      const res = await t.http.get('/analytics/summary?from=2001-06-01').set(t.auth(role)).expect(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('no key: 401 problem', async () => {
      const res = await t.http.get('/analytics/summary').expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });

  describe('bad input: 400 problem+json naming the field, never a 500', () => {
    it.each<[string, string]>([
      ['?from=2001-06-30&to=2001-06-01', 'to'],
      [`?from=2001-06-02T12:00:00Z&to=${encodeURIComponent('2001-06-02T13:00:00+02:00')}`, 'to'],
      ['?from=2001-02-30', 'from'],
      ['?to=yesterday', 'to'],
      ['?from=2001-06-01T10:00:00', 'from'],
      ['?from=2001-06-01&from=2001-06-02', 'from'],
      ['?format=xml', 'format'],
      ['?limit=5', 'limit'],
    ])('%s → %s', async (query, field) => {
      const res = await summary(query).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('even when CSV is asked for', async () => {
      const res = await summary('?from=2001-06-30&to=2001-06-01&format=csv').expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });
});
