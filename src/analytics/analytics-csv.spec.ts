import { summaryCsvRows, summaryFormat, summaryToCsv } from './analytics-csv';
import { ANALYTICS_SUMMARY_EXAMPLE, type AnalyticsSummaryDto } from './dto/analytics-summary.dto';

describe('the analytics summary as CSV', () => {
  it('has one row per figure, named by its JSON path, in the order of the JSON answer', () => {
    const rows = summaryCsvRows(ANALYTICS_SUMMARY_EXAMPLE);
    expect(rows.slice(0, 5)).toEqual([
      ['period', 'from', '2026-11-01T00:00:00.000Z'],
      ['period', 'to', '2026-11-30T23:59:59.999Z'],
      ['claims', 'total', 4],
      ['claims.byChannel', 'hotline', 3],
      ['claims.byChannel', 'email', 1],
    ]);
    expect(rows).toContainEqual(['firstResponseSla', 'compliancePercent', 75]);
    expect(rows).toContainEqual(['statutoryDeadline.penalties', 'RUB', 2549.7]);
    expect(rows).toContainEqual(['survey.nps', 'score', 100]);
    expect(rows).toContainEqual(['reviewCorrection.outcomes', 'updated', 1]);
    expect(rows[rows.length - 1]).toEqual(['reviewCorrection', 'updatedPercent', 100]);
    // every leaf of the JSON is a row: period 2, total 1, groups 12, SLA 4, deadline 4 + 1 penalty, times 2 + 2,
    // survey 3, CSAT 3, NPS 5, CES 2, review 1 + 3 outcomes + 1
    expect(rows).toHaveLength(46);
  });

  it('writes null as an empty value, quotes what needs quoting and defuses formulas', () => {
    const summary: AnalyticsSummaryDto = {
      ...ANALYTICS_SUMMARY_EXAMPLE,
      period: { from: null, to: null },
      claims: { ...ANALYTICS_SUMMARY_EXAMPLE.claims, bySupplier: [{ key: 'a,"b"', count: 1 }, { key: '=cmd', count: 1 }] },
      survey: { ...ANALYTICS_SUMMARY_EXAMPLE.survey, nps: { answers: 2, promoters: 0, passives: 0, detractors: 2, score: -100 } },
    };
    const lines = summaryToCsv(summary).split('\r\n');
    expect(lines[0]).toBe('section,key,value');
    expect(lines[1]).toBe('period,from,');
    expect(lines).toContain('claims.bySupplier,"a,""b""",1');
    expect(lines).toContain("claims.bySupplier,'=cmd,1");
    expect(lines).toContain('survey.nps,score,-100');
    expect(lines[lines.length - 1]).toBe(''); // ends with CRLF
  });
});

describe('summaryFormat', () => {
  it.each<[string | undefined, string | undefined, string]>([
    [undefined, undefined, 'json'],
    [undefined, 'text/csv', 'csv'],
    [undefined, 'text/csv;q=0.9, application/json', 'csv'],
    [undefined, 'application/json, text/csv', 'json'],
    [undefined, '*/*', 'json'],
    ['json', 'text/csv', 'json'],
    ['csv', 'application/json', 'csv'],
  ])('format=%p, Accept: %p → %p', (format, accept, expected) => {
    expect(summaryFormat(format as 'json' | 'csv' | undefined, accept)).toBe(expected);
  });
});
