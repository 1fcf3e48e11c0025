/**
 * Customer notifications: which claim events the customer hears about, and the text.
 * Pure: the activity that records the events calls it inside the same transaction and
 * writes the result to the outbox. Russian for `ru…` customers, English otherwise.
 *
 * The resolution notice (review correction) is the same whatever the survey says — it is
 * sent before the survey — and mentions editing the review only where the platform's
 * rules allow it; it never offers anything for an edit.
 */
import type { ClaimView } from '../claim/claim-view';
import { surveyLanguage, type SurveyLanguage } from '../follow-up/survey';

export const NOTIFICATION_KINDS = ['claim_received', 'remedy_chosen', 'claim_resolved', 'survey_link', 'survey_reminder', 'resolution_notice'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationDraft {
  kind: NotificationKind;
  language: SurveyLanguage;
  recipient: { name: string; email?: string; phone?: string };
  subject: string;
  body: string;
}

export interface EventForNotification {
  action: string;
  data: Record<string, unknown>;
}

export interface NotificationLinks {
  /** the signed link to the survey of this claim */
  surveyUrl(surveyId: string, expiresAt: string): string;
}

const REMEDY_TEXT: Record<SurveyLanguage, Record<string, string>> = {
  en: {
    refund: 'a refund',
    price_reduction: 'a price reduction',
    repair_cost_reimbursement: 'reimbursement of your repair costs',
    replacement: 'a replacement',
    repair: 'a repair',
    rejected: 'a written answer',
  },
  ru: {
    refund: 'возврат денег',
    price_reduction: 'уменьшение цены',
    repair_cost_reimbursement: 'возмещение расходов на ремонт',
    replacement: 'замена товара',
    repair: 'ремонт',
    rejected: 'письменный ответ',
  },
};

/**
 * A date for a sentence: "7 December 2026", "7 декабря 2026 г." — and a sentence may end
 * after it without a second full stop (`endSentence`).
 */
function day(isoTime: unknown, language: SurveyLanguage, timeZone: string): string {
  if (typeof isoTime !== 'string') return '';
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(isoTime));
}

/** Ends a sentence with one full stop, however it ends ("… 2026 г." stays as it is). */
const endSentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The names customers know review platforms by; an unknown code is shown as it is. */
const PLATFORM_NAMES: Record<string, Record<SurveyLanguage, string>> = {
  yandex_maps: { ru: 'Яндекс Картах', en: 'Yandex Maps' },
  google_maps: { ru: 'Google Картах', en: 'Google Maps' },
  two_gis: { ru: '2ГИС', en: '2GIS' },
  '2gis': { ru: '2ГИС', en: '2GIS' },
  otzovik: { ru: 'Отзовике', en: 'Otzovik' },
  irecommend: { ru: 'iRecommend', en: 'iRecommend' },
  trustpilot: { ru: 'Trustpilot', en: 'Trustpilot' },
  amazon: { ru: 'Amazon', en: 'Amazon' },
  ozon: { ru: 'Ozon', en: 'Ozon' },
  wildberries: { ru: 'Wildberries', en: 'Wildberries' },
  avito: { ru: 'Авито', en: 'Avito' },
};

export function platformName(code: string, language: SurveyLanguage): string {
  return PLATFORM_NAMES[code.toLowerCase()]?.[language] ?? code;
}

/** The notification a claim event gives the customer, or null when it gives none. */
export function notificationFor(event: EventForNotification, claim: ClaimView, links: NotificationLinks, timeZone: string): NotificationDraft | null {
  const language = surveyLanguage(claim.customer.language);
  const ru = language === 'ru';
  const number = claim.number ?? claim.id;
  const recipient = { name: claim.customer.name, email: claim.customer.email, phone: claim.customer.phone };
  const draft = (kind: NotificationKind, subject: string, body: string): NotificationDraft => ({ kind, language, recipient, subject, body });
  const hello = ru ? `Здравствуйте, ${claim.customer.name}!` : `Dear ${claim.customer.name},`;

  switch (event.action) {
    case 'claim.received':
      return draft(
        'claim_received',
        ru ? `Претензия ${number} принята` : `We have received your claim ${number}`,
        ru
          ? `${hello}\n\nМы приняли вашу претензию и присвоили ей номер ${number}. Назовите этот номер, если будете с нами связываться.`
          : `${hello}\n\nWe have received your claim; its number is ${number}. Please quote it whenever you contact us.`,
      );
    case 'remedy.chosen': {
      const remedy = REMEDY_TEXT[language][String(event.data.kind)] ?? String(event.data.kind);
      const by = day(event.data.deadlineAt, language, timeZone);
      return draft(
        'remedy_chosen',
        ru ? `Претензия ${number}: решение` : `Claim ${number}: what happens next`,
        ru
          ? `${hello}\n\nПо претензии ${number} принято решение: ${remedy}. Мы выполним его не позднее ${endSentence(by)}`
          : `${hello}\n\nFor claim ${number} we will provide ${remedy}, no later than ${endSentence(by)}`,
      );
    }
    case 'remedy.completed':
      return draft(
        'claim_resolved',
        ru ? `Претензия ${number} решена` : `Claim ${number} is resolved`,
        ru ? `${hello}\n\nПретензия ${number} решена. Спасибо за терпение.` : `${hello}\n\nClaim ${number} is resolved. Thank you for your patience.`,
      );
    case 'survey.sent':
    case 'survey.resent':
    case 'survey.reminder_sent': {
      const url = links.surveyUrl(String(event.data.surveyId), String(event.data.expiresAt));
      const until = day(event.data.expiresAt, language, timeZone);
      const reminder = event.action === 'survey.reminder_sent';
      return draft(
        reminder ? 'survey_reminder' : 'survey_link',
        ru ? `Как мы справились с претензией ${number}?` : `How did we handle claim ${number}?`,
        ru
          ? `${hello}\n\n${reminder ? 'Напоминаем: ответьте' : 'Ответьте'}, пожалуйста, на три вопроса о том, как мы рассмотрели претензию ${number}: ${url}\nСсылка действует до ${endSentence(until)}`
          : `${hello}\n\n${reminder ? 'A reminder: please answer' : 'Please answer'} three questions about how we handled claim ${number}: ${url}\nThe link works until ${endSentence(until)}`,
      );
    }
    case 'review.notice_sent': {
      const mayMention = event.data.mayMentionEditing === true;
      const platform = platformName(String(event.data.platform), language);
      const edit = mayMention
        ? ru
          ? `\n\nЕсли захотите, вы можете дополнить или изменить свой отзыв на ${platform} — решать только вам.`
          : `\n\nIf you wish, you can update your review on ${platform} — that is entirely up to you.`
        : '';
      return draft(
        'resolution_notice',
        ru ? `Претензия ${number}: итог` : `Claim ${number}: the outcome`,
        ru
          ? `${hello}\n\nВы оставили отзыв о покупке, и мы разобрались в ситуации: претензия ${number} решена.${edit}`
          : `${hello}\n\nYou left a review about your purchase, and we looked into it: claim ${number} is resolved.${edit}`,
      );
    }
    default:
      return null;
  }
}
