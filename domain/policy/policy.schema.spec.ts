import { DEFAULT_DEFECT_CODES } from '../claim.types';
import { DEFAULT_BUSINESS_CALENDAR, DEFAULT_FOLLOW_UP, DEFAULT_SUPPLIER_DISPUTES, businessCalendarOf, defectCodes, mayMentionEditing } from './policy.rules';
import { parsePolicy, PolicyValidationError } from './policy.schema';

/** A valid policy, written out here so the spec does not depend on the JSON files. */
function valid(): Record<string, unknown> {
  return {
    name: 'test-policy',
    timeZone: 'Europe/Moscow',
    calendarDay: '1d',
    firstResponseSla: '24h',
    remedyDeadlines: {
      refund: '10d',
      price_reduction: '10d',
      repair_cost_reimbursement: '10d',
      replacement: '7d',
      replacementWithQualityCheck: '20d',
      replacementOutOfStock: '30d',
      repairMax: '45d',
      rejected: '10d',
    },
    deadlineWarningBefore: '2d',
    penaltyRatePerDay: 0.01,
    reopenWindow: '30d',
    duplicateWindow: '30d',
    warrantyMonths: { upholstered: 18, cabinet: 24, default: 12 },
    extraDefectCodes: [],
    idempotencyKeyTtl: '24h',
    businessCalendar: { holidays: ['2026-11-04'], workdayStart: '09:00', workdayEnd: '18:00', weekend: [0, 6] },
    supplierDisputes: { responseBusinessDays: 10, reminderBusinessDaysBefore: [3, 1] },
    followUp: {
      surveyDelay: '3d',
      surveyReminderAfter: '4d',
      surveyExpiresAfter: '14d',
      reviewMonitoringWindow: '30d',
      negativeReviewMaxRating: 3,
      reviewPlatforms: { trustpilot: { mayMentionEditing: false }, default: { mayMentionEditing: true } },
    },
  };
}

/** The problems parsePolicy reports for `input`; fails the test if it does not throw. */
function problemsOf(input: unknown): string[] {
  try {
    parsePolicy(input);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyValidationError);
    return (e as PolicyValidationError).problems;
  }
  throw new Error('expected parsePolicy to throw');
}

function withField(path: string, value: unknown): Record<string, unknown> {
  const p = valid();
  const parts = path.split('.');
  let target = p;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  const last = parts[parts.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
  return p;
}

const EXAMPLES = '(e.g. "24h", "10d", "45 days")';

describe('parsePolicy', () => {
  it('fills the optional sections with fresh copies of their defaults', () => {
    const p = valid();
    delete p.businessCalendar;
    delete p.followUp;
    const a = parsePolicy(p);
    const b = parsePolicy(p);
    expect(a.businessCalendar).toEqual(DEFAULT_BUSINESS_CALENDAR);
    expect(a.businessCalendar).not.toBe(b.businessCalendar);
    a.followUp.reviewPlatforms.default.mayMentionEditing = false;
    expect(DEFAULT_FOLLOW_UP.reviewPlatforms.default.mayMentionEditing).toBe(true);
  });

  it('keeps holidays sorted', () => {
    expect(parsePolicy(withField('businessCalendar.holidays', ['2026-12-31', '2026-01-01'])).businessCalendar.holidays).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('accepts a valid policy and returns an equal, separate copy', () => {
    const input = valid();
    const policy = parsePolicy(input);
    expect(policy).toEqual(input);
    expect(policy).not.toBe(input);
    expect(policy.remedyDeadlines).not.toBe(input.remedyDeadlines);
    expect(policy.warrantyMonths).not.toBe(input.warrantyMonths);
    expect(policy.extraDefectCodes).not.toBe(input.extraDefectCodes);
  });

  it.each([null, 'policy', 42, [], undefined])('refuses a non-object: %p', (input) => {
    expect(problemsOf(input)).toEqual([`policy: must be a JSON object, got ${JSON.stringify(input) ?? 'undefined'}`]);
  });

  describe('durations', () => {
    const paths = [
      'calendarDay',
      'firstResponseSla',
      'deadlineWarningBefore',
      'reopenWindow',
      'duplicateWindow',
      'idempotencyKeyTtl',
      'remedyDeadlines.refund',
      'remedyDeadlines.price_reduction',
      'remedyDeadlines.repair_cost_reimbursement',
      'remedyDeadlines.replacement',
      'remedyDeadlines.replacementWithQualityCheck',
      'remedyDeadlines.replacementOutOfStock',
      'remedyDeadlines.repairMax',
      'remedyDeadlines.rejected',
    ];

    it.each(paths)('%s must parse', (path) => {
      expect(problemsOf(withField(path, '7 dayz'))).toEqual([
        `${path}: "7 dayz" is not a duration the Temporal SDK accepts ${EXAMPLES}`,
      ]);
    });

    it.each(paths)('%s must be longer than zero', (path) => {
      expect(problemsOf(withField(path, '0d'))).toEqual([`${path}: "0d" must be longer than zero`]);
      expect(problemsOf(withField(path, '-1h'))).toEqual([`${path}: "-1h" must be longer than zero`]);
    });

    it.each(paths)('%s is required', (path) => {
      expect(problemsOf(withField(path, undefined))).toEqual([`${path}: is required`]);
    });

    it.each(paths)('%s must be a string, not a number of ms', (path) => {
      expect(problemsOf(withField(path, 86400000))).toEqual([
        `${path}: must be a duration string ${EXAMPLES}, got 86400000`,
      ]);
    });

    it('accepts the long forms the SDK reads', () => {
      const policy = parsePolicy(withField('remedyDeadlines.repairMax', '45 days'));
      expect(policy.remedyDeadlines.repairMax).toBe('45 days');
    });

    it('requires repairMax to hold at least one calendar day', () => {
      const p = withField('remedyDeadlines.repairMax', '12h');
      expect(problemsOf(p)).toEqual([
        'remedyDeadlines.repairMax: "12h" is shorter than one calendarDay ("1d"), so no repair could ever be agreed',
      ]);
      expect(() => parsePolicy(withField('remedyDeadlines.repairMax', '24h'))).not.toThrow();
    });
  });

  describe('remedyDeadlines', () => {
    it('is required', () => {
      expect(problemsOf(withField('remedyDeadlines', undefined))).toEqual(['remedyDeadlines: is required']);
    });
    it('must be an object', () => {
      expect(problemsOf(withField('remedyDeadlines', ['10d']))).toEqual(['remedyDeadlines: must be an object, got ["10d"]']);
    });
    it('refuses an unknown key (a typo)', () => {
      const problems = problemsOf(withField('remedyDeadlines.refunds', '10d'));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^remedyDeadlines\.refunds: unknown field \(known fields: refund, /);
    });
  });

  describe('penaltyRatePerDay', () => {
    it.each([0, 0.01, 0.5, 1])('accepts %p', (rate) => {
      expect(parsePolicy(withField('penaltyRatePerDay', rate)).penaltyRatePerDay).toBe(rate);
    });
    it.each([-0.01, 1.01, NaN, Infinity, '0.01', null])('refuses %p', (rate) => {
      expect(problemsOf(withField('penaltyRatePerDay', rate))).toEqual([
        `penaltyRatePerDay: must be a number from 0 to 1 (0.01 = 1% a day), got ${JSON.stringify(rate)}`,
      ]);
    });
    it('is required', () => {
      expect(problemsOf(withField('penaltyRatePerDay', undefined))).toEqual(['penaltyRatePerDay: is required']);
    });
  });

  describe('timeZone', () => {
    it.each(['Europe/Moscow', 'UTC', 'America/New_York', 'Asia/Kolkata'])('accepts %s', (tz) => {
      expect(parsePolicy(withField('timeZone', tz)).timeZone).toBe(tz);
    });
    it.each(['Mars/Olympus_Mons', 'Europe/Moskva', 'GMT+25'])('refuses the unknown zone %s', (tz) => {
      expect(problemsOf(withField('timeZone', tz))).toEqual([
        `timeZone: "${tz}" is not an IANA time zone (e.g. "Europe/Moscow", "UTC")`,
      ]);
    });
    it.each(['', 3, null])('refuses the non-zone %p', (tz) => {
      expect(problemsOf(withField('timeZone', tz))).toEqual([
        `timeZone: must be an IANA time zone name such as "Europe/Moscow", got ${JSON.stringify(tz)}`,
      ]);
    });
    it('is required', () => {
      expect(problemsOf(withField('timeZone', undefined))).toEqual(['timeZone: is required']);
    });
  });

  describe('name', () => {
    it.each(['', '   ', 7])('refuses %p', (name) => {
      expect(problemsOf(withField('name', name))).toEqual([`name: must be a non-empty string, got ${JSON.stringify(name)}`]);
    });
    it('is required', () => {
      expect(problemsOf(withField('name', undefined))).toEqual(['name: is required']);
    });
  });

  describe('warrantyMonths', () => {
    it('accepts any category with whole months', () => {
      const policy = parsePolicy(withField('warrantyMonths', { default: 6, garden: 36 }));
      expect(policy.warrantyMonths).toEqual({ default: 6, garden: 36 });
    });
    it('needs a default', () => {
      expect(problemsOf(withField('warrantyMonths', { upholstered: 18 }))).toEqual([
        'warrantyMonths.default: is required (months for any other category)',
      ]);
    });
    it.each([0, -12, 1.5, '18', null])('refuses %p months', (months) => {
      expect(problemsOf(withField('warrantyMonths.cabinet', months))).toEqual([
        `warrantyMonths.cabinet: must be a whole number of months >= 1, got ${JSON.stringify(months)}`,
      ]);
    });
    it('refuses an empty category name', () => {
      expect(problemsOf(withField('warrantyMonths', { default: 12, '': 6 }))).toEqual([
        'warrantyMonths: a category name must not be empty',
      ]);
    });
    it('must be an object', () => {
      expect(problemsOf(withField('warrantyMonths', 12))).toEqual([
        'warrantyMonths: must be an object of category → months, got 12',
      ]);
    });
    it('is required', () => {
      expect(problemsOf(withField('warrantyMonths', undefined))).toEqual(['warrantyMonths: is required']);
    });
  });

  describe('extraDefectCodes', () => {
    it.each([['cabinet.hinge_loose'], ['odour'], ['a.b', 'c_d']])('accepts %p', (...codes) => {
      expect(parsePolicy(withField('extraDefectCodes', codes)).extraDefectCodes).toEqual(codes);
    });
    it.each(['Cabinet.hinge', 'a.b.c', 'hinge-loose', 'hinge1', '', '.x', 'x.', ' x'])('refuses %p', (code) => {
      expect(problemsOf(withField('extraDefectCodes', ['ok_code', code]))).toEqual([
        `extraDefectCodes[1]: ${JSON.stringify(code)} is not a defect code (lower case and underscores, optionally "group.code", e.g. "cabinet.hinge_loose")`,
      ]);
    });
    it('refuses a non-string entry', () => {
      expect(problemsOf(withField('extraDefectCodes', [5]))).toHaveLength(1);
    });
    it('must be an array', () => {
      expect(problemsOf(withField('extraDefectCodes', 'odour'))).toEqual([
        'extraDefectCodes: must be an array of strings, got "odour"',
      ]);
    });
    it('is required', () => {
      expect(problemsOf(withField('extraDefectCodes', undefined))).toEqual(['extraDefectCodes: is required (use [] for none)']);
    });
  });

  it('refuses an unknown top-level key (a typo)', () => {
    const p = valid();
    p.firstResponseSLA = '24h';
    const problems = problemsOf(p);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^firstResponseSLA: unknown field \(known fields: name, timeZone, /);
  });

  it('collects every problem before throwing: the fields in the order of the schema, then unknown ones', () => {
    const p = valid();
    p.typo = true;
    p.timeZone = 'Nowhere/Land';
    (p.remedyDeadlines as Record<string, unknown>).replacement = '7 dayz';
    p.penaltyRatePerDay = 2;
    delete p.idempotencyKeyTtl;
    const problems = problemsOf(p);
    expect(problems).toEqual([
      'timeZone: "Nowhere/Land" is not an IANA time zone (e.g. "Europe/Moscow", "UTC")',
      `remedyDeadlines.replacement: "7 dayz" is not a duration the Temporal SDK accepts ${EXAMPLES}`,
      'penaltyRatePerDay: must be a number from 0 to 1 (0.01 = 1% a day), got 2',
      'idempotencyKeyTtl: is required',
      expect.stringMatching(/^typo: unknown field/),
    ]);
  });

  it('puts every problem in the error message', () => {
    const p = valid();
    p.calendarDay = 'a day';
    p.reopenWindow = 'a month';
    expect(() => parsePolicy(p)).toThrow(
      'invalid claims policy (2 problems):\n' +
        `  - calendarDay: "a day" is not a duration the Temporal SDK accepts ${EXAMPLES}\n` +
        `  - reopenWindow: "a month" is not a duration the Temporal SDK accepts ${EXAMPLES}`,
    );
  });

  it('is an Error named PolicyValidationError', () => {
    const err = new PolicyValidationError(['x: bad']);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('PolicyValidationError');
    expect(err.message).toBe('invalid claims policy (1 problem):\n  - x: bad');
    expect(err.problems).toEqual(['x: bad']);
  });
});

describe('defectCodes', () => {
  it('is the default list when there are no extras', () => {
    expect(defectCodes({ extraDefectCodes: [] })).toEqual([...DEFAULT_DEFECT_CODES]);
  });

  it('appends extras after the defaults', () => {
    const codes = defectCodes({ extraDefectCodes: ['cabinet.hinge_loose', 'odour'] });
    expect(codes.slice(0, DEFAULT_DEFECT_CODES.length)).toEqual([...DEFAULT_DEFECT_CODES]);
    expect(codes.slice(DEFAULT_DEFECT_CODES.length)).toEqual(['cabinet.hinge_loose', 'odour']);
  });

  it('drops duplicates, of the defaults and among extras', () => {
    const codes = defectCodes({ extraDefectCodes: ['other', 'odour', 'odour', 'delivery.late'] });
    expect(codes).toHaveLength(DEFAULT_DEFECT_CODES.length + 1);
    expect(codes.filter((c) => c === 'odour')).toHaveLength(1);
    expect(codes.filter((c) => c === 'other')).toHaveLength(1);
    expect(codes[codes.length - 1]).toBe('odour');
  });

  describe('business calendar and supplier disputes', () => {
    it('fills the defaults when a file has neither section', () => {
      const p = valid();
      delete p.businessCalendar;
      delete p.supplierDisputes;
      const policy = parsePolicy(p);
      expect(policy.businessCalendar).toEqual(DEFAULT_BUSINESS_CALENDAR);
      expect(policy.supplierDisputes).toEqual(DEFAULT_SUPPLIER_DISPUTES);
      expect(businessCalendarOf(policy)).toEqual({ timeZone: 'Europe/Moscow', ...DEFAULT_BUSINESS_CALENDAR });
    });

    it.each([
      ['businessCalendar.holidays', ['2026-13-01'], 'businessCalendar.holidays[0]: "2026-13-01" is not a date YYYY-MM-DD'],
      ['businessCalendar.workdayStart', '9:00', 'businessCalendar.workdayStart: must be a time of day "HH:MM", got "9:00"'],
      ['businessCalendar.workdayEnd', '08:00', 'businessCalendar.workdayEnd: "08:00" must be later than workdayStart "09:00"'],
      ['businessCalendar.weekend', [0, 1, 2, 3, 4, 5, 6], 'businessCalendar.weekend: must be a list of days of the week 0–6 (0 = Sunday) leaving at least one working day, got [0,1,2,3,4,5,6]'],
      ['businessCalendar.weekend', [7], 'businessCalendar.weekend: must be a list of days of the week 0–6 (0 = Sunday) leaving at least one working day, got [7]'],
      ['businessCalendar.lunch', '13:00', 'businessCalendar.lunch: unknown field (known fields: holidays, workdayStart, workdayEnd, weekend)'],
      ['supplierDisputes.responseBusinessDays', 0, 'supplierDisputes.responseBusinessDays: must be a whole number of business days 1–365, got 0'],
      ['supplierDisputes.responseBusinessDays', 2.5, 'supplierDisputes.responseBusinessDays: must be a whole number of business days 1–365, got 2.5'],
      ['supplierDisputes.reminderBusinessDaysBefore', [1, -1], 'supplierDisputes.reminderBusinessDaysBefore: must be a list of whole numbers of business days >= 1, got [1,-1]'],
    ])('%s = %j is refused', (path, value, problem) => {
      expect(problemsOf(withField(path, value))).toEqual([problem]);
    });
  });

  describe('follow-up', () => {
    it('fills the defaults when a file has none: editing may not be mentioned on Trustpilot and Amazon', () => {
      const p = valid();
      delete p.followUp;
      const policy = parsePolicy(p);
      expect(policy.followUp).toEqual(DEFAULT_FOLLOW_UP);
      expect(mayMentionEditing(DEFAULT_FOLLOW_UP, 'trustpilot')).toBe(false);
      expect(mayMentionEditing(DEFAULT_FOLLOW_UP, 'amazon')).toBe(false);
      expect(mayMentionEditing(DEFAULT_FOLLOW_UP, 'yandex_maps')).toBe(true);
      expect(mayMentionEditing(DEFAULT_FOLLOW_UP, 'toString')).toBe(true); // not a prototype member
    });

    it.each([
      ['followUp.surveyDelay', '0s', 'followUp.surveyDelay: "0s" must be longer than zero'],
      ['followUp.negativeReviewMaxRating', 5, 'followUp.negativeReviewMaxRating: must be a whole star rating 1–4, got 5'],
      ['followUp.reviewPlatforms', { amazon: { mayMentionEditing: false } }, 'followUp.reviewPlatforms.default: is required (the rule for any other platform)'],
      ['followUp.reviewPlatforms.default', { mayMentionEditing: 'yes' }, 'followUp.reviewPlatforms.default: must be { "mayMentionEditing": true | false }, got {"mayMentionEditing":"yes"}'],
      ['followUp.incentive', 'coupon', 'followUp.incentive: unknown field (known fields: surveyDelay, surveyReminderAfter, surveyExpiresAfter, reviewMonitoringWindow, negativeReviewMaxRating, reviewPlatforms)'],
    ])('%s = %j is refused', (path, value, problem) => {
      expect(problemsOf(withField(path, value))).toEqual([problem]);
    });
  });
});
