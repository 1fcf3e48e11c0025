import { signSurveyToken, verifySurveyToken } from './survey-token';

const secret = 'a-secret-of-32-characters-at-least!!';
const payload = { claimId: '3f6c1d2e-8b4a-8c2d-9e1f-0a1b2c3d4e5f', surveyId: '3f6c1d2e-8b4a-8c2d-9e1f-0a1b2c3d4e5f:0', expiresAt: Date.parse('2026-12-07T09:00:00Z') };

describe('survey tokens', () => {
  const token = signSurveyToken(payload, secret);

  it('round-trips before expiry and is URL-safe', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifySurveyToken(token, secret, Date.parse('2026-12-07T08:59:59Z'))).toEqual({ valid: true, payload });
  });

  it('expires at its instant', () => {
    expect(verifySurveyToken(token, secret, payload.expiresAt)).toEqual({ valid: false, reason: 'expired', payload });
  });

  it('refuses forgeries: another secret, a changed payload, junk', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(verifySurveyToken(signSurveyToken(payload, 'another-secret-another-secret-123'), secret, now)).toEqual({ valid: false, reason: 'forged' });
    const [, sig] = token.split('.');
    const longer = Buffer.from(JSON.stringify({ c: payload.claimId, s: payload.surveyId, e: payload.expiresAt + 86_400_000 })).toString('base64url');
    expect(verifySurveyToken(`${longer}.${sig}`, secret, now)).toEqual({ valid: false, reason: 'forged' });
    for (const junk of ['', 'abc', 'a.b.c', `${token}x`, '.']) expect(verifySurveyToken(junk, secret, now)).toEqual({ valid: false, reason: 'forged' });
  });
});
