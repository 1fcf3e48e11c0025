/**
 * Validation of a claims policy (the JSON file an operator writes). Every problem is
 * collected before anything is thrown, so a bad file is fixed in one round.
 * Pure: no I/O; the caller reads the file and passes the parsed JSON in.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import { DEFAULT_DEFECT_CODES } from '../claim.types';
import { durationMs } from '../time/duration';
import type { BusinessCalendarPolicy, ClaimsPolicy, FollowUpPolicy, RemedyDeadlines, SupplierDisputePolicy } from './policy.types';

/** What a policy file without `businessCalendar` gets. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendarPolicy = {
  holidays: [],
  workdayStart: '09:00',
  workdayEnd: '18:00',
  weekend: [0, 6],
};

/** What a policy file without `supplierDisputes` gets. */
export const DEFAULT_SUPPLIER_DISPUTES: SupplierDisputePolicy = {
  responseBusinessDays: 10,
  reminderBusinessDaysBefore: [3, 1],
};

/** What a policy file without `followUp` gets: platforms whose rules forbid asking for an edit are named. */
export const DEFAULT_FOLLOW_UP: FollowUpPolicy = {
  surveyDelay: '3d',
  surveyReminderAfter: '4d',
  surveyExpiresAfter: '14d',
  reviewMonitoringWindow: '30d',
  negativeReviewMaxRating: 3,
  reviewPlatforms: {
    trustpilot: { mayMentionEditing: false },
    amazon: { mayMentionEditing: false },
    default: { mayMentionEditing: true },
  },
};

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_BUSINESS_DAYS = 365;

export class PolicyValidationError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `invalid claims policy (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'PolicyValidationError';
    this.problems = problems;
  }
}

/** Defect codes: `group.code` or `code`, lower case and underscores. */
export const DEFECT_CODE_PATTERN = /^[a-z_]+(\.[a-z_]+)?$/;

const DURATION_FIELDS = [
  'calendarDay',
  'firstResponseSla',
  'deadlineWarningBefore',
  'reopenWindow',
  'duplicateWindow',
  'idempotencyKeyTtl',
] as const satisfies readonly (keyof ClaimsPolicy)[];

const REMEDY_DEADLINE_FIELDS = [
  'refund',
  'price_reduction',
  'repair_cost_reimbursement',
  'replacement',
  'replacementWithQualityCheck',
  'replacementOutOfStock',
  'repairMax',
  'rejected',
] as const satisfies readonly (keyof RemedyDeadlines)[];

/** Every key a policy file has; in the order problems are reported. */
const POLICY_FIELDS = [
  'name',
  'timeZone',
  'calendarDay',
  'firstResponseSla',
  'remedyDeadlines',
  'deadlineWarningBefore',
  'penaltyRatePerDay',
  'reopenWindow',
  'duplicateWindow',
  'warrantyMonths',
  'extraDefectCodes',
  'idempotencyKeyTtl',
  'businessCalendar',
  'supplierDisputes',
  'followUp',
] as const satisfies readonly (keyof ClaimsPolicy)[];

// Compile-time check that the lists above name every field of the types.
type Missing<T, L extends readonly string[]> = Exclude<keyof T, L[number]>;
const everyPolicyField: Missing<ClaimsPolicy, typeof POLICY_FIELDS> extends never ? true : never = true;
const everyDeadlineField: Missing<RemedyDeadlines, typeof REMEDY_DEADLINE_FIELDS> extends never ? true : never = true;
void everyPolicyField;
void everyDeadlineField;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function has(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * Checks `input` against every rule of a claims policy and returns a fresh, typed copy
 * holding only the known fields. Throws PolicyValidationError listing all problems.
 *
 * Rules: every duration parses with the Temporal SDK and is > 0; `repairMax` is at least
 * one `calendarDay`; `penaltyRatePerDay` is a number in [0, 1]; `timeZone` is a zone
 * `Intl` knows; `warrantyMonths` maps categories to positive whole months and has a
 * `default`; `extraDefectCodes` match DEFECT_CODE_PATTERN; no unknown keys, at the top
 * level or in `remedyDeadlines`.
 */
export function parsePolicy(input: unknown): ClaimsPolicy {
  const problems: string[] = [];
  if (!isPlainObject(input)) {
    throw new PolicyValidationError([`policy: must be a JSON object, got ${show(input)}`]);
  }

  for (const key of Object.keys(input)) {
    if (!(POLICY_FIELDS as readonly string[]).includes(key)) {
      problems.push(`${key}: unknown field (known fields: ${POLICY_FIELDS.join(', ')})`);
    }
  }

  const durations = new Map<string, number>();
  const duration = (path: string, value: unknown): void => {
    if (value === undefined) {
      problems.push(`${path}: is required`);
      return;
    }
    if (typeof value !== 'string') {
      problems.push(`${path}: must be a duration string (e.g. "24h", "10d", "45 days"), got ${show(value)}`);
      return;
    }
    let ms: number;
    try {
      ms = durationMs(value);
    } catch (e) {
      problems.push(`${path}: ${(e as Error).message}`);
      return;
    }
    if (ms <= 0) {
      problems.push(`${path}: ${show(value)} must be longer than zero`);
      return;
    }
    durations.set(path, ms);
  };

  // name
  if (input.name === undefined) problems.push('name: is required');
  else if (typeof input.name !== 'string' || input.name.trim() === '') {
    problems.push(`name: must be a non-empty string, got ${show(input.name)}`);
  }

  // timeZone
  if (input.timeZone === undefined) problems.push('timeZone: is required');
  else if (typeof input.timeZone !== 'string' || input.timeZone === '') {
    problems.push(`timeZone: must be an IANA time zone name such as "Europe/Moscow", got ${show(input.timeZone)}`);
  } else {
    try {
      new Intl.DateTimeFormat(undefined, { timeZone: input.timeZone });
    } catch {
      problems.push(`timeZone: ${show(input.timeZone)} is not an IANA time zone (e.g. "Europe/Moscow", "UTC")`);
    }
  }

  // plain durations
  for (const field of DURATION_FIELDS) duration(field, input[field]);

  // remedyDeadlines
  const rd = input.remedyDeadlines;
  if (rd === undefined) problems.push('remedyDeadlines: is required');
  else if (!isPlainObject(rd)) problems.push(`remedyDeadlines: must be an object, got ${show(rd)}`);
  else {
    for (const key of Object.keys(rd)) {
      if (!(REMEDY_DEADLINE_FIELDS as readonly string[]).includes(key)) {
        problems.push(`remedyDeadlines.${key}: unknown field (known fields: ${REMEDY_DEADLINE_FIELDS.join(', ')})`);
      }
    }
    for (const field of REMEDY_DEADLINE_FIELDS) duration(`remedyDeadlines.${field}`, rd[field]);
    const repairMax = durations.get('remedyDeadlines.repairMax');
    const day = durations.get('calendarDay');
    if (repairMax !== undefined && day !== undefined && repairMax < day) {
      problems.push(
        `remedyDeadlines.repairMax: ${show(rd.repairMax)} is shorter than one calendarDay (${show(input.calendarDay)}), so no repair could ever be agreed`,
      );
    }
  }

  // penaltyRatePerDay
  const rate = input.penaltyRatePerDay;
  if (rate === undefined) problems.push('penaltyRatePerDay: is required');
  else if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    problems.push(`penaltyRatePerDay: must be a number from 0 to 1 (0.01 = 1% a day), got ${show(rate)}`);
  }

  // warrantyMonths
  const wm = input.warrantyMonths;
  if (wm === undefined) problems.push('warrantyMonths: is required');
  else if (!isPlainObject(wm)) problems.push(`warrantyMonths: must be an object of category → months, got ${show(wm)}`);
  else {
    if (!has(wm, 'default')) problems.push('warrantyMonths.default: is required (months for any other category)');
    for (const [category, months] of Object.entries(wm)) {
      if (category.trim() === '') problems.push('warrantyMonths: a category name must not be empty');
      if (typeof months !== 'number' || !Number.isInteger(months) || months < 1) {
        problems.push(`warrantyMonths.${category}: must be a whole number of months >= 1, got ${show(months)}`);
      }
    }
  }

  // extraDefectCodes
  const codes = input.extraDefectCodes;
  if (codes === undefined) problems.push('extraDefectCodes: is required (use [] for none)');
  else if (!Array.isArray(codes)) problems.push(`extraDefectCodes: must be an array of strings, got ${show(codes)}`);
  else {
    codes.forEach((code, i) => {
      if (typeof code !== 'string' || !DEFECT_CODE_PATTERN.test(code)) {
        problems.push(
          `extraDefectCodes[${i}]: ${show(code)} is not a defect code (lower case and underscores, optionally "group.code", e.g. "cabinet.hinge_loose")`,
        );
      }
    });
  }

  checkBusinessCalendar(input.businessCalendar, problems);
  checkSupplierDisputes(input.supplierDisputes, problems);
  checkFollowUp(input.followUp, problems, duration);

  if (problems.length > 0) throw new PolicyValidationError(problems);

  const p = input as unknown as ClaimsPolicy;
  const calendar = p.businessCalendar ?? DEFAULT_BUSINESS_CALENDAR;
  const disputes = p.supplierDisputes ?? DEFAULT_SUPPLIER_DISPUTES;
  const followUp = p.followUp ?? DEFAULT_FOLLOW_UP;
  return {
    name: p.name,
    timeZone: p.timeZone,
    calendarDay: p.calendarDay,
    firstResponseSla: p.firstResponseSla,
    remedyDeadlines: {
      refund: p.remedyDeadlines.refund,
      price_reduction: p.remedyDeadlines.price_reduction,
      repair_cost_reimbursement: p.remedyDeadlines.repair_cost_reimbursement,
      replacement: p.remedyDeadlines.replacement,
      replacementWithQualityCheck: p.remedyDeadlines.replacementWithQualityCheck,
      replacementOutOfStock: p.remedyDeadlines.replacementOutOfStock,
      repairMax: p.remedyDeadlines.repairMax,
      rejected: p.remedyDeadlines.rejected,
    },
    deadlineWarningBefore: p.deadlineWarningBefore,
    penaltyRatePerDay: p.penaltyRatePerDay,
    reopenWindow: p.reopenWindow,
    duplicateWindow: p.duplicateWindow,
    warrantyMonths: { ...p.warrantyMonths },
    extraDefectCodes: [...p.extraDefectCodes],
    idempotencyKeyTtl: p.idempotencyKeyTtl,
    businessCalendar: {
      holidays: [...calendar.holidays].sort(),
      workdayStart: calendar.workdayStart,
      workdayEnd: calendar.workdayEnd,
      weekend: [...calendar.weekend],
    },
    supplierDisputes: {
      responseBusinessDays: disputes.responseBusinessDays,
      reminderBusinessDaysBefore: [...disputes.reminderBusinessDaysBefore],
    },
    followUp: {
      ...followUp,
      reviewPlatforms: Object.fromEntries(
        Object.entries(followUp.reviewPlatforms).map(([platform, rule]) => [platform, { mayMentionEditing: rule.mayMentionEditing }]),
      ) as FollowUpPolicy['reviewPlatforms'],
    },
  };
}

function unknownKeys(path: string, value: Record<string, unknown>, known: readonly string[], problems: string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push(`${path}.${key}: unknown field (known fields: ${known.join(', ')})`);
  }
}

function checkBusinessCalendar(value: unknown, problems: string[]): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    problems.push(`businessCalendar: must be an object, got ${show(value)}`);
    return;
  }
  unknownKeys('businessCalendar', value, ['holidays', 'workdayStart', 'workdayEnd', 'weekend'], problems);
  const { holidays, workdayStart, workdayEnd, weekend } = value;
  if (!Array.isArray(holidays)) problems.push(`businessCalendar.holidays: must be an array of dates YYYY-MM-DD, got ${show(holidays)}`);
  else {
    holidays.forEach((day, i) => {
      if (typeof day !== 'string' || !LOCAL_DATE.test(day)) problems.push(`businessCalendar.holidays[${i}]: ${show(day)} is not a date YYYY-MM-DD`);
    });
  }
  for (const [field, time] of [['workdayStart', workdayStart], ['workdayEnd', workdayEnd]] as const) {
    if (typeof time !== 'string' || !TIME_OF_DAY.test(time)) problems.push(`businessCalendar.${field}: must be a time of day "HH:MM", got ${show(time)}`);
  }
  if (typeof workdayStart === 'string' && typeof workdayEnd === 'string' && TIME_OF_DAY.test(workdayStart) && workdayStart >= workdayEnd) {
    problems.push(`businessCalendar.workdayEnd: ${show(workdayEnd)} must be later than workdayStart ${show(workdayStart)}`);
  }
  if (!Array.isArray(weekend) || weekend.some((d) => !Number.isInteger(d) || d < 0 || d > 6) || weekend.length > 6) {
    problems.push(`businessCalendar.weekend: must be a list of days of the week 0–6 (0 = Sunday) leaving at least one working day, got ${show(weekend)}`);
  }
}

function checkSupplierDisputes(value: unknown, problems: string[]): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    problems.push(`supplierDisputes: must be an object, got ${show(value)}`);
    return;
  }
  unknownKeys('supplierDisputes', value, ['responseBusinessDays', 'reminderBusinessDaysBefore'], problems);
  const days = value.responseBusinessDays;
  if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > MAX_BUSINESS_DAYS) {
    problems.push(`supplierDisputes.responseBusinessDays: must be a whole number of business days 1–${MAX_BUSINESS_DAYS}, got ${show(days)}`);
  }
  const reminders = value.reminderBusinessDaysBefore;
  if (!Array.isArray(reminders) || reminders.some((k) => !Number.isInteger(k) || k < 1 || k > MAX_BUSINESS_DAYS)) {
    problems.push(`supplierDisputes.reminderBusinessDaysBefore: must be a list of whole numbers of business days >= 1, got ${show(reminders)}`);
  }
}

const FOLLOW_UP_DURATIONS = ['surveyDelay', 'surveyReminderAfter', 'surveyExpiresAfter', 'reviewMonitoringWindow'] as const;

function checkFollowUp(value: unknown, problems: string[], duration: (path: string, value: unknown) => void): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    problems.push(`followUp: must be an object, got ${show(value)}`);
    return;
  }
  unknownKeys('followUp', value, [...FOLLOW_UP_DURATIONS, 'negativeReviewMaxRating', 'reviewPlatforms'], problems);
  for (const field of FOLLOW_UP_DURATIONS) duration(`followUp.${field}`, value[field]);
  const max = value.negativeReviewMaxRating;
  if (!Number.isInteger(max) || (max as number) < 1 || (max as number) > 4) {
    problems.push(`followUp.negativeReviewMaxRating: must be a whole star rating 1–4, got ${show(max)}`);
  }
  const platforms = value.reviewPlatforms;
  if (!isPlainObject(platforms)) {
    problems.push(`followUp.reviewPlatforms: must be an object of platform → { "mayMentionEditing": boolean }, got ${show(platforms)}`);
    return;
  }
  if (!has(platforms, 'default')) problems.push('followUp.reviewPlatforms.default: is required (the rule for any other platform)');
  for (const [platform, rule] of Object.entries(platforms)) {
    if (!isPlainObject(rule) || typeof rule.mayMentionEditing !== 'boolean' || Object.keys(rule).length !== 1) {
      problems.push(`followUp.reviewPlatforms.${platform}: must be { "mayMentionEditing": true | false }, got ${show(rule)}`);
    }
  }
}

/** The follow-up rules of a policy snapshot, or undefined for snapshots from before the follow-up stage. */
export function followUpOf(policy: ClaimsPolicy): FollowUpPolicy | undefined {
  return policy.followUp;
}

/**
 * Whether the resolution notice may say the review can be edited: the platform's rule,
 * else the `default` one. Never an incentive, never conditional on the survey.
 */
export function mayMentionEditing(followUp: FollowUpPolicy, platform: string): boolean {
  const rule = Object.prototype.hasOwnProperty.call(followUp.reviewPlatforms, platform) ? followUp.reviewPlatforms[platform] : followUp.reviewPlatforms.default;
  return rule.mayMentionEditing;
}

/** The business calendar of a policy snapshot (older snapshots predate the field). */
export function businessCalendarOf(policy: ClaimsPolicy): BusinessCalendar {
  const calendar = policy.businessCalendar ?? DEFAULT_BUSINESS_CALENDAR;
  return { timeZone: policy.timeZone, ...calendar };
}

/** The supplier-dispute defaults of a policy snapshot (older snapshots predate the field). */
export function supplierDisputesOf(policy: ClaimsPolicy): SupplierDisputePolicy {
  return policy.supplierDisputes ?? DEFAULT_SUPPLIER_DISPUTES;
}

/** The defect codes a policy allows: the default list, then its extras, without duplicates. */
export function defectCodes(policy: Pick<ClaimsPolicy, 'extraDefectCodes'>): string[] {
  return [...new Set<string>([...DEFAULT_DEFECT_CODES, ...policy.extraDefectCodes])];
}
