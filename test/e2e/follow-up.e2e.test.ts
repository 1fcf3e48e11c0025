/**
 * The follow-up stage end to end over HTTP, on the real Temporal dev server with the
 * short policy: a claim opened from a negative review runs to `closed` with an `updated`
 * review outcome; the survey is answered from a browser-like client; bad scores and
 * forged or expired links are refused; analytics count what the test created.
 */
import { randomUUID } from 'node:crypto';
import { eventually, surveyPath, waitForClaim as waitFor } from '../support/eventually';
import { claimBody, SHORT_POLICY, startTestApp, type TestApp } from '../support/test-app';
import { recordHistory } from '../support/record-history';
import { claimWorkflowId } from '../../workflows/claim/claim.ids';
import { signSurveyToken } from '../../src/surveys/survey-token';

const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' };

describe('follow-up: survey, review correction, notifications (short policy)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ policyFile: SHORT_POLICY });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a negative review opens a claim that runs to closed with an updated review outcome', async () => {
    const reviewId = `r-${randomUUID().slice(0, 8)}`;
    const order = claimBody().order;
    const event = { platform: 'yandex_maps', reviewId, rating: 2, text: 'Cushions sagged in 5 months', author: 'Anna P.', order, at: new Date().toISOString() };
    const bad = await t.http.post('/integrations/reviews').set(t.auth('integration')).send({ ...event, rating: 9 });
    expect(bad.status).toBe(400);
    await t.http.post('/integrations/reviews').set(t.auth('agent')).send(event).expect(403);
    const opened = await t.http.post('/integrations/reviews').set(t.auth('integration')).send(event).expect(201);
    expect(opened.body.outcome).toBe('claim_opened');
    const id: string = opened.body.claimId;
    const again = await t.http.post('/integrations/reviews').set(t.auth('integration')).send(event);
    expect(again.body.claimId).toBe(id); // idempotent by platform + review id: no second claim

    const claim = (await t.http.get(`/claims/${id}`).set(t.auth('agent')).expect(200)).body;
    expect(claim).toMatchObject({ channel: 'online_review', negativeReview: true, review: { platform: 'yandex_maps', reviewId, rating: 2 } });

    await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
    await t.http.post(`/claims/${id}/review/reply`).set(t.auth('agent')).send({ text: 'We are sorry; we will replace the cushions.' }).expect(200);
    await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'refund' }).expect(200);
    const resolved = await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({ notes: 'refunded' }).expect(200);
    expect(resolved.body).toMatchObject({ status: 'follow_up', followUp: { review: { mayMentionEditing: true, originalRating: 2 } } });

    // the survey from a browser: a form post, then the answer is final
    const path = await surveyPath(t, id);
    const form = await t.http.get(path).set('Accept', 'application/json').expect(200);
    expect(form.body.questions.map((q: { id: string }) => q.id)).toEqual(['csat', 'nps', 'ces']);
    const badScores = await t.http.post(path).type('form').send('csat=6&nps=11&ces=0');
    expect(badScores.status).toBe(400);
    expect(badScores.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['ces', 'csat', 'nps']);
    await t.http.post(path).type('form').send('csat=2&nps=3&ces=4&comment=slow').expect(200);
    const twice = await t.http.post(path).type('form').send('csat=5&nps=10&ces=7');
    expect(twice.status).toBe(409);
    expect((await t.http.get(path)).status).toBe(409);

    // a detractor and unsatisfied answer alerts supervisors and shows on the claim; the claim waits for the review
    const afterSurvey = await waitFor(t, id, (c) => c.followUp?.survey?.status === 'answered');
    expect(afterSurvey.followUp.survey.alerts).toEqual(['detractor', 'unsatisfied']);
    expect(afterSurvey.status).toBe('follow_up');

    // the rating rises on the platform: outcome updated, and the claim closes
    await t.http.post('/integrations/reviews').set(t.auth('integration')).send({ ...event, rating: 4, at: new Date().toISOString() }).expect(202);
    const closed = await waitFor(t, id, (c) => c.status === 'closed');
    expect(closed.status).toBe('closed');
    expect(closed.followUp.review.outcome).toBe('updated');
    // the live view may run a moment ahead of the audit log: wait for the log to catch up
    const history = await eventually(
      async () => (await t.http.get(`/claims/${id}/history`).set(t.auth('auditor')).expect(200)).body.events.map((e: { action: string }) => e.action) as string[],
      (actions) => actions.includes('claim.closed'),
    );
    expect(history).toEqual([
      'claim.received',
      'review.changed',
      'claim.triaged',
      'review.replied',
      'remedy.chosen',
      'remedy.completed',
      'followup.started',
      'review.notice_sent',
      'survey.sent',
      'survey.answered',
      'survey.alert',
      'review.changed',
      'review.outcome',
      'claim.closed',
    ]);
    const notices = await t.db.query(`SELECT kind, body, status FROM notifications WHERE claim_id = $1 ORDER BY created_at, id`, [id]);
    expect(notices.map((n: { kind: string }) => n.kind)).toEqual(['claim_received', 'remedy_chosen', 'claim_resolved', 'resolution_notice', 'survey_link']);
    const notice = notices.find((n: { kind: string }) => n.kind === 'resolution_notice');
    // the platform by the name customers know, never its code
    expect(notice.body).toContain('update your review on Yandex Maps');
    const sent = await waitFor(t, id, () => true).then(() => t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE claim_id = $1 AND status = 'sent'`, [id]));
    expect(sent[0].n).toBeGreaterThanOrEqual(4);
    await recordHistory(t, claimWorkflowId(id), 'claim-from-review-follow-up.json');
  });

  it('never asks to edit a Trustpilot review, whatever the survey says; a review that stays low ends unchanged', async () => {
    const body = claimBody({ review: { platform: 'trustpilot', reviewId: `tp-${randomUUID().slice(0, 8)}`, rating: 1 } });
    const id = (await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201)).body.id;
    await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
    await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'refund' }).expect(200);
    await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({}).expect(200);
    await t.http.post(await surveyPath(t, id)).send({ csat: 5, nps: 10, ces: 7 }).expect(200);
    const closed = await waitFor(t, id, (c) => c.status === 'closed');
    expect(closed.followUp.review).toMatchObject({ mayMentionEditing: false, outcome: 'unchanged' });
    const [notice] = await t.db.query(`SELECT body FROM notifications WHERE claim_id = $1 AND kind = 'resolution_notice'`, [id]);
    expect(notice.body).not.toMatch(/review on|edit|update/i);
  });

  it('refuses forged and expired links, and an expired survey lets the claim close', async () => {
    await t.http.get('/surveys/not.a-token').expect(404);
    const forged = signSurveyToken({ claimId: randomUUID(), surveyId: 'x:0', expiresAt: Date.now() + 60_000 }, 'some-other-secret-some-other-secret');
    const res = await t.http.post(`/surveys/${forged}`).send({ csat: 5, nps: 10, ces: 7 });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    // a forged link names no claim, so no customer: the browser's language
    expect((await t.http.get(`/surveys/${forged}`).set('Accept-Language', 'en-GB,en;q=0.9').expect(404)).body.detail).toMatch(/^This link is not valid\./);
    expect((await t.http.get(`/surveys/${forged}`).set('Accept-Language', 'ru').expect(404)).body.detail).toMatch(/^Ссылка недействительна\./);

    const id = (await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201)).body.id;
    await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
    await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'refund' }).expect(200);
    await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({}).expect(200);
    const path = await surveyPath(t, id);
    const closed = await waitFor(t, id, (c) => c.status === 'closed');
    expect(closed.followUp.survey.status).toBe('expired');
    const late = await t.http.post(path).send({ csat: 5, nps: 10, ces: 7 });
    expect(late.status).toBe(410);
    // the customer's language (ru) for the customer's link
    expect(late.body.detail).toMatch(/^Срок действия ссылки истёк\./);
  });

  it('analytics count exactly what this test created, as computed by hand', async () => {
    const from = new Date().toISOString();
    const supplierId = `an-${randomUUID().slice(0, 8)}`;
    const make = async (channel: string, answer?: Record<string, number>) => {
      const body = claimBody({ channel });
      body.order.supplierId = supplierId;
      const id = (await t.http.post('/claims').set(t.auth('agent')).send(body).expect(201)).body.id;
      await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
      if (!answer) return id;
      await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'refund' }).expect(200);
      await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({}).expect(200);
      await t.http.post(await surveyPath(t, id)).send(answer).expect(200);
      await waitFor(t, id, (c) => c.status === 'closed');
      return id;
    };
    const happy = await make('hotline', { csat: 5, nps: 10, ces: 7 }); // satisfied, promoter
    const unhappy = await make('email', { csat: 2, nps: 5, ces: 3 }); // unsatisfied, detractor
    const open = await make('email'); // triaged only
    const to = new Date().toISOString();
    // the read model follows each workflow within moments
    await new Promise((r) => setTimeout(r, 500));

    // supervisors' lists show which answers alerted them
    const rows = (await t.http.get('/claims').query({ supplierId }).set(t.auth('supervisor')).expect(200)).body.items as Array<{ id: string; surveyAlert: boolean }>;
    expect(Object.fromEntries(rows.map((r) => [r.id, r.surveyAlert]))).toEqual({ [happy]: false, [unhappy]: true, [open]: false });

    const res = await t.http.get('/analytics/summary').query({ from, to }).set(t.auth('supervisor')).expect(200);
    const a = res.body;
    expect(a.claims.total).toBe(3);
    expect(a.claims.byChannel).toEqual([
      { key: 'email', count: 2 },
      { key: 'hotline', count: 1 },
    ]);
    expect(a.claims.bySupplier).toEqual([{ key: supplierId, count: 3 }]);
    expect(a.claims.byDefect).toEqual([{ key: 'upholstered.filler_shrinkage', count: 3 }]);
    expect(a.firstResponseSla).toMatchObject({ measured: 3, breached: 0, compliancePercent: 100 });
    expect(a.statutoryDeadline).toMatchObject({ measured: 2, breached: 0, compliancePercent: 100 });
    expect(a.timeToResolve.measured).toBe(2);
    expect(a.survey).toMatchObject({
      sent: 2,
      answered: 2,
      responseRatePercent: 100,
      csat: { answers: 2, satisfied: 1, percent: 50 },
      nps: { answers: 2, promoters: 1, detractors: 1, score: 0 },
      ces: { answers: 2, mean: 5 },
    });
    const csv = await t.http.get('/analytics/summary').query({ from, to, format: 'csv' }).set(t.auth('auditor')).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('survey.nps,score,0');
  });
});
