import {
  hoursFromSeconds,
  mean,
  netPromoterScore,
  percent,
  rankCounts,
  roundHalfAwayFromZero,
  summarize,
  type AnalyticsTotals,
} from './metrics';

describe('roundHalfAwayFromZero', () => {
  it.each<[number, number, number]>([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.125, 2, 0.13],
    [-0.125, 2, -0.13],
    [1.005, 2, 1.01], // 1.005 * 100 is 100.49999999999999 in binary
    [1.004, 2, 1],
    [12.34, 1, 12.3],
    [0, 2, 0],
    [-0.001, 2, 0], // never -0
  ])('%p to %p decimals is %p', (value, decimals, expected) => {
    expect(Object.is(roundHalfAwayFromZero(value, decimals), expected)).toBe(true);
  });
});

describe('percent', () => {
  it('is null for an empty set, never NaN or 0', () => {
    expect(percent(0, 0)).toBeNull();
  });

  it.each<[number, number, number]>([
    [0, 4, 0],
    [4, 4, 100],
    [3, 4, 75],
    [2, 3, 66.7],
    [1, 3, 33.3],
    [1, 16, 6.3], // 6.25: a tie, rounded up
    [3, 16, 18.8], // 18.75: a tie, rounded up
    [1, 7, 14.3],
  ])('%p of %p is %p %%', (part, whole, expected) => {
    expect(percent(part, whole)).toBe(expected);
  });
});

describe('netPromoterScore', () => {
  it('is null without answers', () => {
    expect(netPromoterScore(0, 0, 0)).toBeNull();
  });

  it('is % promoters minus % detractors', () => {
    // 5 answers: 2 promoters (40 %), 1 detractor (20 %), 2 passives
    expect(netPromoterScore(2, 1, 5)).toBe(20);
    expect(netPromoterScore(0, 3, 3)).toBe(-100);
    expect(netPromoterScore(4, 0, 4)).toBe(100);
  });

  it('is 0 when promoters and detractors tie', () => {
    expect(netPromoterScore(3, 3, 8)).toBe(0);
  });

  it('rounds once from the counts, not the difference of two rounded percentages', () => {
    // 1/3 − 2/3 = −33.33…; rounding each first would give 33.3 − 66.7 = −33.4
    expect(netPromoterScore(1, 2, 3)).toBe(-33.3);
    // −1/16 = −6.25 %: a tie, away from zero
    expect(netPromoterScore(0, 1, 16)).toBe(-6.3);
  });
});

describe('mean', () => {
  it('is null for no values', () => {
    expect(mean(0, 0)).toBeNull();
  });

  it('has two decimals', () => {
    expect(mean(12, 3)).toBe(4);
    expect(mean(11, 3)).toBe(3.67);
    expect(mean(7, 8)).toBe(0.88); // 0.875: a tie, rounded up
  });
});

describe('hoursFromSeconds', () => {
  it('keeps null (no claim measured) and refuses non-finite values as null', () => {
    expect(hoursFromSeconds(null)).toBeNull();
    expect(hoursFromSeconds(Number.NaN)).toBeNull();
  });

  it('converts with two decimals', () => {
    expect(hoursFromSeconds(5400)).toBe(1.5);
    expect(hoursFromSeconds(3600 * 10 + 60)).toBe(10.02); // 10.0166…
    expect(hoursFromSeconds(18)).toBe(0.01); // 0.005: a tie, rounded up
  });
});

describe('rankCounts', () => {
  it('puts the largest group first and breaks ties by key, without changing its input', () => {
    const input = [
      { key: 'post', count: 1 },
      { key: 'hotline', count: 3 },
      { key: 'email', count: 3 },
      { key: 'unknown', count: 1 },
    ];
    expect(rankCounts(input)).toEqual([
      { key: 'email', count: 3 },
      { key: 'hotline', count: 3 },
      { key: 'post', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
    expect(input[0].key).toBe('post');
  });
});

function totals(overrides: Partial<AnalyticsTotals> = {}): AnalyticsTotals {
  return {
    claims: 0,
    byChannel: [],
    byType: [],
    byUnit: [],
    byDefect: [],
    bySupplier: [],
    slaEligible: 0,
    slaBreached: 0,
    deadlineSet: 0,
    deadlineBreached: 0,
    penalties: [],
    triaged: 0,
    medianTriageSeconds: null,
    resolved: 0,
    medianResolveSeconds: null,
    surveysSent: 0,
    surveysAnswered: 0,
    csatAnswers: 0,
    csatSatisfied: 0,
    npsAnswers: 0,
    npsPromoters: 0,
    npsDetractors: 0,
    cesAnswers: 0,
    cesSum: 0,
    reviewOutcomes: { updated: 0, unchanged: 0, removed: 0 },
    ...overrides,
  };
}

describe('summarize', () => {
  it('an empty window: zero counts and null rates, no NaN anywhere', () => {
    const summary = summarize(totals());
    expect(JSON.stringify(summary)).not.toMatch(/NaN|Infinity/);
    expect(summary).toEqual({
      claims: { total: 0, byChannel: [], byType: [], byUnit: [], byDefect: [], bySupplier: [] },
      firstResponseSla: { measured: 0, met: 0, breached: 0, compliancePercent: null },
      statutoryDeadline: { measured: 0, met: 0, breached: 0, compliancePercent: null, penalties: [] },
      timeToTriage: { measured: 0, medianHours: null },
      timeToResolve: { measured: 0, medianHours: null },
      survey: {
        sent: 0,
        answered: 0,
        responseRatePercent: null,
        csat: { answers: 0, satisfied: 0, percent: null },
        nps: { answers: 0, promoters: 0, passives: 0, detractors: 0, score: null },
        ces: { answers: 0, mean: null },
      },
      reviewCorrection: { measured: 0, outcomes: { updated: 0, unchanged: 0, removed: 0 }, updatedPercent: null },
    });
  });

  it('a hand-made window: every figure from its counts', () => {
    const summary = summarize(
      totals({
        claims: 6,
        byChannel: [
          { key: 'email', count: 2 },
          { key: 'hotline', count: 4 },
        ],
        bySupplier: [
          { key: 'unknown', count: 3 },
          { key: 'fabrika-yug', count: 3 },
        ],
        slaEligible: 5,
        slaBreached: 1,
        deadlineSet: 3,
        deadlineBreached: 2,
        penalties: [
          { currency: 'RUB', amount: 849.9 },
          { currency: 'EUR', amount: 0.1 },
          { currency: 'EUR', amount: 0.2 },
          { currency: 'USD', amount: 0 },
        ],
        triaged: 4,
        medianTriageSeconds: 9000,
        resolved: 2,
        medianResolveSeconds: 3 * 86400,
        surveysSent: 4,
        surveysAnswered: 3,
        csatAnswers: 3,
        csatSatisfied: 2,
        npsAnswers: 3,
        npsPromoters: 1,
        npsDetractors: 1,
        cesAnswers: 2,
        cesSum: 11,
        reviewOutcomes: { updated: 1, unchanged: 2, removed: 1 },
      }),
    );
    expect(summary.claims.byChannel).toEqual([
      { key: 'hotline', count: 4 },
      { key: 'email', count: 2 },
    ]);
    expect(summary.claims.bySupplier.map((g) => g.key)).toEqual(['fabrika-yug', 'unknown']);
    expect(summary.firstResponseSla).toEqual({ measured: 5, met: 4, breached: 1, compliancePercent: 80 });
    expect(summary.statutoryDeadline).toEqual({
      measured: 3,
      met: 1,
      breached: 2,
      compliancePercent: 33.3,
      penalties: [
        { currency: 'EUR', amount: 0.3 },
        { currency: 'RUB', amount: 849.9 },
      ],
    });
    expect(summary.timeToTriage).toEqual({ measured: 4, medianHours: 2.5 });
    expect(summary.timeToResolve).toEqual({ measured: 2, medianHours: 72 });
    expect(summary.survey).toEqual({
      sent: 4,
      answered: 3,
      responseRatePercent: 75,
      csat: { answers: 3, satisfied: 2, percent: 66.7 },
      nps: { answers: 3, promoters: 1, passives: 1, detractors: 1, score: 0 },
      ces: { answers: 2, mean: 5.5 },
    });
    expect(summary.reviewCorrection).toEqual({
      measured: 4,
      outcomes: { updated: 1, unchanged: 2, removed: 1 },
      updatedPercent: 25,
    });
  });
});
