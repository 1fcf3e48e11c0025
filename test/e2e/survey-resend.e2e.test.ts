/**
 * Care staff see the customer's survey link and can send a new one: the link shows in
 * GET /claims/{id} for agents and supervisors only (never for auditors, suppliers or in
 * the audit log); a resend sends a new link through the notification channel, the old
 * link stops working, and the audit log records who did it.
 */
import { surveyPath, waitForClaim } from '../support/eventually';
import { claimBody, longSurveyPolicyFile, startTestApp, type TestApp } from '../support/test-app';

const TRIAGE = { type: 'product_quality', unit: 'supplier', defectCode: 'upholstered.filler_shrinkage', severity: 'medium' };

describe('the survey link for care staff', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ policyFile: longSurveyPolicyFile() });
  });
  afterAll(() => t?.close());

  it('shows the link to staff only, resends a new one, and the old one stops working', async () => {
    const id = (await t.http.post('/claims').set(t.auth('agent')).send(claimBody()).expect(201)).body.id;
    // before the survey is out there is nothing to resend
    await t.http.post(`/claims/${id}/triage`).set(t.auth('agent')).send(TRIAGE).expect(200);
    const early = await t.http.post(`/claims/${id}/survey/resend`).set(t.auth('agent')).send({}).expect(409);
    expect(early.body.detail).toBe('cannot resend the survey link while the claim is triaged');
    await t.http.post(`/claims/${id}/remedy`).set(t.auth('agent')).send({ kind: 'refund' }).expect(200);
    await t.http.post(`/claims/${id}/remedy/complete`).set(t.auth('agent')).send({}).expect(200);
    const first = await surveyPath(t, id);

    const asAgent = (await t.http.get(`/claims/${id}`).set(t.auth('agent')).expect(200)).body;
    expect(asAgent.allowedActions).toContain('resend_survey');
    expect(new URL(asAgent.followUp.survey.link).pathname).toBe(first);
    const asAuditor = (await t.http.get(`/claims/${id}`).set(t.auth('auditor')).expect(200)).body;
    expect(asAuditor.followUp.survey.link).toBeUndefined();

    await t.http.post(`/claims/${id}/survey/resend`).set(t.auth('auditor')).send({}).expect(403);
    const resent = await t.http.post(`/claims/${id}/survey/resend`).set(t.auth('supervisor')).send({}).expect(200);
    expect(resent.body.followUp.survey).toMatchObject({ status: 'sent', resends: 1 });

    const now = (await t.http.get(`/claims/${id}`).set(t.auth('agent')).expect(200)).body;
    const second = new URL(now.followUp.survey.link).pathname;
    expect(second).not.toBe(first);
    // the customer got it through the notification channel
    const links = await t.db.query(`SELECT body FROM notifications WHERE claim_id = $1 AND kind = 'survey_link' ORDER BY created_at`, [id]);
    expect(links).toHaveLength(2);
    expect(links[1].body).toContain(second);

    // the old link is closed, the new one works
    const old = await t.http.get(first).expect(410);
    expect(old.body.detail).toMatch(/^Опрос закрыт\./);
    await t.http.get(second).expect(200);
    await t.http.post(second).send({ csat: 5, nps: 10, ces: 7 }).expect(200);
    await waitForClaim(t, id, (c) => c.followUp.survey.status === 'answered');

    // audited, with who did it; the log holds no link
    const history = (await t.http.get(`/claims/${id}/history`).set(t.auth('auditor')).expect(200)).body.events as Array<{ action: string; actor: { role: string }; data: Record<string, unknown> }>;
    const event = history.find((e) => e.action === 'survey.resent');
    expect(event).toMatchObject({ actor: { role: 'supervisor' }, data: { previousSurveyId: expect.any(String), surveyId: expect.any(String) } });
    expect(JSON.stringify(history)).not.toContain(second.split('/').pop());
    // once answered there is nothing to resend (and this claim, with nothing else to follow, closed)
    const late = await t.http.post(`/claims/${id}/survey/resend`).set(t.auth('agent')).send({}).expect(409);
    expect(late.body.detail).toBe('cannot resend the survey link while the claim is closed');
  });
});
