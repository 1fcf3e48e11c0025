import type { ClaimView } from '../claim/claim-view';
import { notificationFor } from './notification-templates';

const claim = (language: string) =>
  ({ id: 'c1', number: 'CL-2026-000123', customer: { name: 'Анна Петрова', email: 'anna@example.com', phone: '+79161234567', language } }) as ClaimView;
const links = { surveyUrl: (id: string, exp: string) => `https://claims.example/surveys/${id}~${exp}` };
const TZ = 'Europe/Moscow';

describe('customer notifications', () => {
  it('tells the customer the claim number at intake, in their language', () => {
    const ru = notificationFor({ action: 'claim.received', data: {} }, claim('ru'), links, TZ);
    expect(ru).toMatchObject({ kind: 'claim_received', language: 'ru', recipient: { email: 'anna@example.com' } });
    expect(ru?.subject).toContain('CL-2026-000123');
    const en = notificationFor({ action: 'claim.received', data: {} }, claim('en'), links, TZ);
    expect(en?.body).toContain('its number is CL-2026-000123');
  });

  it('names the remedy and its deadline as a date of the policy time zone', () => {
    const n = notificationFor({ action: 'remedy.chosen', data: { kind: 'replacement', deadlineAt: '2026-11-30T21:30:00.000Z' } }, claim('en'), links, TZ);
    expect(n?.body).toContain('a replacement, no later than 1 December 2026');
  });

  it('carries the signed survey link, and marks the reminder', () => {
    const data = { surveyId: 's1', expiresAt: '2026-12-07T09:00:00.000Z' };
    expect(notificationFor({ action: 'survey.sent', data }, claim('en'), links, TZ)?.body).toContain('https://claims.example/surveys/s1~2026-12-07T09:00:00.000Z');
    const reminder = notificationFor({ action: 'survey.reminder_sent', data }, claim('ru'), links, TZ);
    expect(reminder).toMatchObject({ kind: 'survey_reminder' });
    expect(reminder?.body).toContain('Напоминаем');
  });

  it('mentions editing a review only where the platform allows it, and never offers anything', () => {
    const allowed = notificationFor({ action: 'review.notice_sent', data: { platform: 'yandex_maps', mayMentionEditing: true } }, claim('en'), links, TZ);
    const forbidden = notificationFor({ action: 'review.notice_sent', data: { platform: 'trustpilot', mayMentionEditing: false } }, claim('en'), links, TZ);
    expect(allowed?.body).toContain('you can update your review on Yandex Maps');
    const ru = notificationFor({ action: 'review.notice_sent', data: { platform: 'yandex_maps', mayMentionEditing: true } }, claim('ru'), links, TZ);
    expect(ru?.body).toContain('изменить свой отзыв на Яндекс Картах');
    expect(ru?.body).not.toContain('yandex_maps');
    expect(forbidden?.body).not.toMatch(/review on|update|edit/i);
    for (const n of [allowed, forbidden]) expect(n?.body).not.toMatch(/discount|coupon|bonus|refund|gift|скидк|бонус|подар/i);
  });

  it('writes sentences as a person would: one full stop after a date, a capital letter after the greeting', () => {
    const data = { surveyId: 's1', expiresAt: '2026-12-07T09:00:00.000Z' };
    for (const action of ['survey.sent', 'survey.reminder_sent', 'survey.resent']) {
      for (const language of ['ru', 'en']) {
        const body = notificationFor({ action, data }, claim(language), links, TZ)?.body as string;
        expect(body).not.toMatch(/\.\./);
        expect(body.split('\n\n')[1]).toMatch(/^[A-ZА-Я]/);
      }
    }
    const ru = notificationFor({ action: 'survey.sent', data }, claim('ru'), links, TZ)?.body;
    expect(ru).toMatch(/\nСсылка действует до 7 декабря 2026 г\.$/);
    expect(ru).toContain('Здравствуйте, Анна Петрова!\n\nОтветьте, пожалуйста');
    const remedy = notificationFor({ action: 'remedy.chosen', data: { kind: 'refund', deadlineAt: '2026-12-10T09:00:00.000Z' } }, claim('ru'), links, TZ)?.body;
    expect(remedy).toMatch(/не позднее 10 декабря 2026 г\.$/);
    const en = notificationFor({ action: 'survey.sent', data }, claim('en'), links, TZ)?.body;
    expect(en).toMatch(/\nThe link works until 7 December 2026\.$/);
  });

  it('gives nothing for internal events', () => {
    for (const action of ['note.added', 'sla.breached', 'dispute.opened', 'survey.answered']) {
      expect(notificationFor({ action, data: {} }, claim('en'), links, TZ)).toBeNull();
    }
  });
});
