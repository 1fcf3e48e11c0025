import { isNegativeReview, reviewOutcome } from './review-correction';
import { surveyAlerts, surveyForm, surveyLanguage } from './survey';

describe('survey', () => {
  it.each([
    [{ csat: 5, nps: 10 }, []],
    [{ csat: 4, nps: 7 }, []], // a passive is no alert
    [{ csat: 4, nps: 6 }, ['detractor']],
    [{ csat: 3, nps: 9 }, ['unsatisfied']],
    [{ csat: 1, nps: 0 }, ['detractor', 'unsatisfied']],
  ])('%j alerts %j', (answer, alerts) => {
    expect(surveyAlerts(answer)).toEqual(alerts);
  });

  it('asks in Russian for ru tags and in English otherwise, on the documented scales', () => {
    expect(surveyLanguage('ru')).toBe('ru');
    expect(surveyLanguage('ru-RU')).toBe('ru');
    expect(surveyLanguage('en-GB')).toBe('en');
    expect(surveyLanguage('de')).toBe('en');
    expect(surveyLanguage(undefined)).toBe('en');
    for (const lang of ['ru', 'en'] as const) {
      expect(surveyForm(lang).questions.map((q) => [q.id, q.min, q.max])).toEqual([
        ['csat', 1, 5],
        ['nps', 0, 10],
        ['ces', 1, 7],
      ]);
    }
    expect(surveyForm('ru').title).toMatch(/претензи/);
  });
});

describe('review correction', () => {
  it('decides the outcome from the rating and removal', () => {
    expect(reviewOutcome(2, { rating: 2, removed: false })).toBe('unchanged');
    expect(reviewOutcome(2, { rating: 1, removed: false })).toBe('unchanged');
    expect(reviewOutcome(2, { rating: 3, removed: false })).toBe('updated');
    expect(reviewOutcome(2, { rating: 5, removed: true })).toBe('removed');
  });

  it('treats ratings up to the threshold as negative', () => {
    expect(isNegativeReview(3, 3)).toBe(true);
    expect(isNegativeReview(4, 3)).toBe(false);
    expect(isNegativeReview(1, 1)).toBe(true);
  });
});
