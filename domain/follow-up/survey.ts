/**
 * The satisfaction survey: its questions in the customer's language, and what an answer
 * means. CSAT 1–5 (4–5 satisfied), NPS 0–10 (9–10 promoter, 0–6 detractor), CES 1–7
 * (7 = very easy). Pure.
 */
export interface SurveyAnswer {
  csat: number;
  nps: number;
  ces: number;
  comment?: string;
}

export type SurveyAlert = 'detractor' | 'unsatisfied';

/** Why an answer alerts supervisors: NPS 0–6 (detractor) and/or CSAT 1–3 (unsatisfied). */
export function surveyAlerts(answer: Pick<SurveyAnswer, 'csat' | 'nps'>): SurveyAlert[] {
  const alerts: SurveyAlert[] = [];
  if (answer.nps <= 6) alerts.push('detractor');
  if (answer.csat <= 3) alerts.push('unsatisfied');
  return alerts;
}

export type SurveyLanguage = 'ru' | 'en';

/** Russian for `ru…` language tags, English for every other (or none). */
export function surveyLanguage(tag: string | undefined): SurveyLanguage {
  return tag?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export interface SurveyQuestion {
  id: 'csat' | 'nps' | 'ces';
  text: string;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
}

export interface SurveyForm {
  language: SurveyLanguage;
  title: string;
  questions: SurveyQuestion[];
  commentPrompt: string;
}

const FORMS: Record<SurveyLanguage, SurveyForm> = {
  en: {
    language: 'en',
    title: 'How did we handle your claim?',
    questions: [
      { id: 'csat', text: 'How satisfied are you with how your claim was resolved?', min: 1, max: 5, minLabel: 'very dissatisfied', maxLabel: 'very satisfied' },
      { id: 'nps', text: 'How likely are you to recommend us to a friend or colleague?', min: 0, max: 10, minLabel: 'not at all likely', maxLabel: 'extremely likely' },
      { id: 'ces', text: 'How easy was it to get your claim resolved?', min: 1, max: 7, minLabel: 'very difficult', maxLabel: 'very easy' },
    ],
    commentPrompt: 'Anything else you would like to tell us? (optional)',
  },
  ru: {
    language: 'ru',
    title: 'Как мы рассмотрели вашу претензию?',
    questions: [
      { id: 'csat', text: 'Насколько вы довольны тем, как решена ваша претензия?', min: 1, max: 5, minLabel: 'совсем не доволен', maxLabel: 'очень доволен' },
      { id: 'nps', text: 'Насколько вероятно, что вы порекомендуете нас друзьям или коллегам?', min: 0, max: 10, minLabel: 'совсем маловероятно', maxLabel: 'очень вероятно' },
      { id: 'ces', text: 'Насколько легко было решить вопрос с претензией?', min: 1, max: 7, minLabel: 'очень трудно', maxLabel: 'очень легко' },
    ],
    commentPrompt: 'Хотите что-то добавить? (необязательно)',
  },
};

export function surveyForm(language: SurveyLanguage): SurveyForm {
  return FORMS[language];
}
