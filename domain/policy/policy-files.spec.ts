import defaultPolicyJson from '../../policy/default-policy.json';
import shortPolicyJson from '../../policy/short-policy.json';
import { durationMs } from '../time/duration';
import { parsePolicy } from './policy.schema';

const DAY = 24 * 3600 * 1000;

describe('policy/default-policy.json', () => {
  const policy = parsePolicy(defaultPolicyJson);

  it('parses', () => {
    expect(policy.name).toBe('ru-2300-1');
    expect(policy.timeZone).toBe('Europe/Moscow');
  });

  it('holds the statutory deadlines of law 2300-1 in calendar days', () => {
    const days = (d: string) => durationMs(d) / DAY;
    expect(days(policy.calendarDay)).toBe(1);
    expect(days(policy.remedyDeadlines.refund)).toBe(10);
    expect(days(policy.remedyDeadlines.price_reduction)).toBe(10);
    expect(days(policy.remedyDeadlines.repair_cost_reimbursement)).toBe(10);
    expect(days(policy.remedyDeadlines.replacement)).toBe(7);
    expect(days(policy.remedyDeadlines.replacementWithQualityCheck)).toBe(20);
    expect(days(policy.remedyDeadlines.replacementOutOfStock)).toBe(30);
    expect(days(policy.remedyDeadlines.repairMax)).toBe(45);
    expect(days(policy.remedyDeadlines.rejected)).toBe(10);
    expect(policy.penaltyRatePerDay).toBe(0.01);
  });

  it('holds the operational defaults', () => {
    expect(durationMs(policy.firstResponseSla)).toBe(DAY);
    expect(durationMs(policy.deadlineWarningBefore)).toBe(2 * DAY);
    expect(durationMs(policy.reopenWindow)).toBe(30 * DAY);
    expect(durationMs(policy.duplicateWindow)).toBe(30 * DAY);
    expect(durationMs(policy.idempotencyKeyTtl)).toBe(DAY);
    expect(policy.warrantyMonths).toEqual({ upholstered: 18, cabinet: 24, default: 12 });
    expect(policy.extraDefectCodes).toEqual([]);
  });
});

describe('policy/short-policy.json', () => {
  const policy = parsePolicy(shortPolicyJson);
  const short = (d: string) => durationMs(d);

  it('parses', () => {
    expect(policy.name).toBe('short-test');
  });

  it('has the same keys as the default policy', () => {
    expect(Object.keys(shortPolicyJson).sort()).toEqual(Object.keys(defaultPolicyJson).sort());
    expect(Object.keys(shortPolicyJson.remedyDeadlines).sort()).toEqual(
      Object.keys(defaultPolicyJson.remedyDeadlines).sort(),
    );
  });

  it('keeps every lifecycle duration within a minute', () => {
    const lifecycle = [
      policy.calendarDay,
      policy.firstResponseSla,
      policy.deadlineWarningBefore,
      policy.reopenWindow,
      ...Object.values(policy.remedyDeadlines),
    ];
    for (const d of lifecycle) expect(short(d)).toBeLessThanOrEqual(60_000);
  });

  it('keeps the order of the statutory deadlines, so tests can tell them apart', () => {
    const rd = policy.remedyDeadlines;
    expect(short(rd.replacement)).toBeLessThan(short(rd.replacementWithQualityCheck));
    expect(short(rd.replacementWithQualityCheck)).toBeLessThan(short(rd.replacementOutOfStock));
    expect(short(rd.replacementOutOfStock)).toBeLessThan(short(rd.repairMax));
    expect(short(policy.deadlineWarningBefore)).toBeLessThan(short(rd.refund));
    expect(short(rd.repairMax) % short(policy.calendarDay)).toBe(0);
  });
});
