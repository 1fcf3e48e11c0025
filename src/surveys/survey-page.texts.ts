/**
 * What the customer's survey pages say, per language (the questions themselves are in
 * domain/follow-up/survey.ts). One catalogue per language; the same keys in each.
 */
import type { SurveyLanguage } from '../../domain/follow-up/survey';

export type SurveyProblemKind = 'answered' | 'expired' | 'closed' | 'not_found';

export interface SurveyPageTexts {
  intro: (claimNumber: string) => string;
  expires: (date: string) => string;
  submit: string;
  required: string;
  fixErrors: string;
  commentTooLong: string;
  unknownField: string;
  thanksTitle: string;
  thanksBody: string;
  problems: Record<SurveyProblemKind, { title: string; body: string }>;
}

export const SURVEY_PAGE_TEXTS: Record<SurveyLanguage, SurveyPageTexts> = {
  en: {
    intro: (n) => `About your claim ${n}. Three quick questions; it takes a minute.`,
    expires: (d) => `This link works until ${d}.`,
    submit: 'Send my answer',
    required: 'Please choose an answer.',
    fixErrors: 'Please answer the questions marked below.',
    commentTooLong: 'Please keep the comment under 2,000 characters.',
    unknownField: 'is not a question of this survey',
    thanksTitle: 'Thank you!',
    thanksBody: 'Your answer has been recorded. It helps us take better care of our customers.',
    problems: {
      answered: { title: 'Already answered', body: 'This survey has already been answered. Thank you for your time!' },
      expired: { title: 'This link has expired', body: 'The survey for this claim is closed. If you would still like to tell us something, reply to our message or call us.' },
      closed: { title: 'This survey is closed', body: 'Your claim was reopened, or a newer link was sent. You will get a new survey when the claim is resolved.' },
      not_found: { title: 'This link is not valid', body: 'Please check that you opened the whole link from our message. If it still does not work, reply to our message or call us.' },
    },
  },
  ru: {
    intro: (n) => `О вашей претензии ${n}. Три коротких вопроса — это займёт минуту.`,
    expires: (d) => `Ссылка действует до ${d}.`,
    submit: 'Отправить ответ',
    required: 'Пожалуйста, выберите ответ.',
    fixErrors: 'Пожалуйста, ответьте на отмеченные ниже вопросы.',
    commentTooLong: 'Пожалуйста, сократите комментарий до 2000 символов.',
    unknownField: 'такого вопроса в опросе нет',
    thanksTitle: 'Спасибо!',
    thanksBody: 'Ваш ответ записан. Он помогает нам лучше заботиться о клиентах.',
    problems: {
      answered: { title: 'Ответ уже получен', body: 'На этот опрос уже ответили. Спасибо, что уделили нам время!' },
      expired: { title: 'Срок действия ссылки истёк', body: 'Опрос по этой претензии закрыт. Если вы хотите что-то сообщить, ответьте на наше сообщение или позвоните нам.' },
      closed: { title: 'Опрос закрыт', body: 'Претензию открыли снова или прислали более новую ссылку. Новый опрос придёт, когда претензия будет решена.' },
      not_found: { title: 'Ссылка недействительна', body: 'Проверьте, что ссылка из нашего сообщения открыта целиком. Если это не помогает, ответьте на наше сообщение или позвоните нам.' },
    },
  },
};

/** The API's detail for a survey problem (JSON answers), in the customer's language. */
export function surveyProblemDetail(language: SurveyLanguage, kind: SurveyProblemKind): string {
  const { title, body } = SURVEY_PAGE_TEXTS[language].problems[kind];
  return `${title}. ${body}`;
}
