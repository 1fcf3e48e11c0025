/**
 * The claims policy file (CLAIMS_POLICY_FILE), declared once as a zod schema: the types
 * (policy.types.ts infers them from here), the defaults of its optional sections, and the
 * validation, which lists every problem of a file at once, each at its path
 * (`remedyDeadlines.repairMax: …`). Pure: the caller reads the file and passes the JSON.
 *
 * Workflow code never imports this file (zod stays out of the workflow bundle): it reads
 * snapshots through policy.rules.ts.
 */
import { z } from 'zod';
import { durationMs } from '../time/duration';
import { DEFAULT_BUSINESS_CALENDAR, DEFAULT_FOLLOW_UP, DEFAULT_SUPPLIER_DISPUTES, DEFECT_CODE_PATTERN } from './policy.defaults';

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_BUSINESS_DAYS = 365;
const DURATION_EXAMPLES = '(e.g. "24h", "10d", "45 days")';

function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value that passes `test`, typed T; a missing one "is required", a wrong one gets `message(value)`. */
function rule<T>(test: (v: unknown) => boolean, message: (v: unknown) => string, required = 'is required') {
  return z.custom<T>(test, { error: (issue) => (issue.input === undefined ? required : message(issue.input)) });
}

/** An object of exactly these fields: an unknown one (a typo) is named with the known ones (see problemsOf). */
function strictObject<S extends z.ZodRawShape>(shape: S, what: string) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown field (known fields: ${known})`;
      return issue.input === undefined ? 'is required' : `must be ${what}, got ${show(issue.input)}`;
    },
  });
}

/** A duration string the Temporal SDK reads, longer than zero. */
const duration = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be a duration string ${DURATION_EXAMPLES}, got ${show(issue.input)}`) })
  .superRefine((text, ctx) => {
    let ms: number;
    try {
      ms = durationMs(text);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return;
    }
    if (ms <= 0) ctx.addIssue({ code: 'custom', message: `${show(text)} must be longer than zero` });
  });

const REMEDY_DEADLINES = strictObject(
  {
    /** art. 22: refund, price reduction, repair-cost reimbursement */
    refund: duration,
    price_reduction: duration,
    repair_cost_reimbursement: duration,
    /** art. 21 */
    replacement: duration,
    replacementWithQualityCheck: duration,
    replacementOutOfStock: duration,
    /** art. 20: agreed in writing, never more than this */
    repairMax: duration,
    /** written answer to an unfounded claim */
    rejected: duration,
  },
  'an object',
);

const isTimeOfDay = (v: unknown) => typeof v === 'string' && TIME_OF_DAY.test(v);

/** Working days for supplier deadlines; its time zone is the policy's `timeZone`. */
const BUSINESS_CALENDAR = strictObject(
  {
    /** non-working weekdays, local dates YYYY-MM-DD (public holidays), kept sorted */
    holidays: z
      .array(rule<string>((d) => typeof d === 'string' && LOCAL_DATE.test(d), (d) => `${show(d)} is not a date YYYY-MM-DD`), {
        error: (issue) => `must be an array of dates YYYY-MM-DD, got ${show(issue.input)}`,
      })
      .transform((days) => [...days].sort()),
    /** working hours, local "HH:MM": deadlines end at workdayEnd */
    workdayStart: rule<string>(isTimeOfDay, (v) => `must be a time of day "HH:MM", got ${show(v)}`, `must be a time of day "HH:MM", got undefined`),
    workdayEnd: rule<string>(isTimeOfDay, (v) => `must be a time of day "HH:MM", got ${show(v)}`, `must be a time of day "HH:MM", got undefined`),
    /** non-working days of the week, 0 = Sunday … 6 = Saturday */
    weekend: rule<number[]>(
      (w) => Array.isArray(w) && w.length <= 6 && w.every((d) => Number.isInteger(d) && d >= 0 && d <= 6),
      (w) => `must be a list of days of the week 0–6 (0 = Sunday) leaving at least one working day, got ${show(w)}`,
    ),
  },
  'an object',
)
  .superRefine((c, ctx) => {
    if (c.workdayStart >= c.workdayEnd) {
      ctx.addIssue({ code: 'custom', path: ['workdayEnd'], message: `${show(c.workdayEnd)} must be later than workdayStart ${show(c.workdayStart)}` });
    }
  })
  .default(() => structuredClone(DEFAULT_BUSINESS_CALENDAR));

const isBusinessDays = (k: unknown) => Number.isInteger(k) && (k as number) >= 1 && (k as number) <= MAX_BUSINESS_DAYS;

/** Defaults of supplier disputes; a supplier's own settings override them. */
const SUPPLIER_DISPUTES = strictObject(
  {
    /** business days a supplier has to accept or reject a dispute */
    responseBusinessDays: rule<number>(isBusinessDays, (v) => `must be a whole number of business days 1–${MAX_BUSINESS_DAYS}, got ${show(v)}`),
    /** reminders this many business days before the deadline */
    reminderBusinessDaysBefore: rule<number[]>(
      (r) => Array.isArray(r) && r.every(isBusinessDays),
      (r) => `must be a list of whole numbers of business days >= 1, got ${show(r)}`,
    ),
  },
  'an object',
).default(() => structuredClone(DEFAULT_SUPPLIER_DISPUTES));

/** What a review platform's rules allow: whether the resolution notice may say the review can be edited. */
const REVIEW_PLATFORM_RULE = rule<{ mayMentionEditing: boolean }>(
  (r) => isPlainObject(r) && typeof r.mayMentionEditing === 'boolean' && Object.keys(r).length === 1,
  (r) => `must be { "mayMentionEditing": true | false }, got ${show(r)}`,
).transform((r) => ({ mayMentionEditing: r.mayMentionEditing }));

/** The follow-up stage after a claim is resolved: survey and review correction. */
const FOLLOW_UP = strictObject(
  {
    /** the survey link goes out this long after the claim is resolved */
    surveyDelay: duration,
    /** one reminder this long after the link, if unanswered */
    surveyReminderAfter: duration,
    /** the link expires this long after it was sent */
    surveyExpiresAfter: duration,
    /** how long after resolution the review-monitoring feed is followed */
    reviewMonitoringWindow: duration,
    /** a linked review rated at most this is negative and gets review correction */
    negativeReviewMaxRating: rule<number>(
      (n) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 4,
      (n) => `must be a whole star rating 1–4, got ${show(n)}`,
    ),
    /** per platform (e.g. `trustpilot`), and `default` for the others */
    reviewPlatforms: z
      .record(z.string(), REVIEW_PLATFORM_RULE, {
        error: (issue) => `must be an object of platform → { "mayMentionEditing": boolean }, got ${show(issue.input)}`,
      })
      .superRefine((platforms, ctx) => {
        if (!Object.prototype.hasOwnProperty.call(platforms, 'default')) {
          ctx.addIssue({ code: 'custom', path: ['default'], message: 'is required (the rule for any other platform)' });
        }
      })
      .transform((p) => p as Record<string, { mayMentionEditing: boolean }> & { default: { mayMentionEditing: boolean } }),
  },
  'an object',
).default(() => structuredClone(DEFAULT_FOLLOW_UP));

const isTimeZone = (tz: unknown): boolean => {
  if (typeof tz !== 'string' || tz === '') return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const POLICY_SCHEMA = strictObject(
  {
    /** free text shown in audit events, e.g. "ru-2300-1@2026-11" */
    name: rule<string>((n) => typeof n === 'string' && n.trim() !== '', (n) => `must be a non-empty string, got ${show(n)}`),
    /** IANA time zone used for dates people read (warranty end, business calendar) */
    timeZone: rule<string>(isTimeZone, (tz) =>
      typeof tz === 'string' && tz !== ''
        ? `${show(tz)} is not an IANA time zone (e.g. "Europe/Moscow", "UTC")`
        : `must be an IANA time zone name such as "Europe/Moscow", got ${show(tz)}`,
    ),
    /** length of one "calendar day" for agreed repair days and penalty accrual; "1d" in production */
    calendarDay: duration,
    firstResponseSla: duration,
    remedyDeadlines: REMEDY_DEADLINES,
    /** how long before a statutory deadline the warning fires */
    deadlineWarningBefore: duration,
    /** penalty per calendar day past the deadline, as a fraction of the price (0.01 = 1%) */
    penaltyRatePerDay: rule<number>(
      (r) => typeof r === 'number' && Number.isFinite(r) && r >= 0 && r <= 1,
      (r) => `must be a number from 0 to 1 (0.01 = 1% a day), got ${show(r)}`,
    ),
    /** how long after closing a claim may still be reopened */
    reopenWindow: duration,
    /** intake of the same customer + order within this window is flagged as a possible duplicate */
    duplicateWindow: duration,
    /** warranty period in calendar months per product category; `default` for any other */
    warrantyMonths: z
      .record(
        z.string(),
        rule<number>((m) => Number.isInteger(m) && (m as number) >= 1, (m) => `must be a whole number of months >= 1, got ${show(m)}`),
        { error: (issue) => (issue.input === undefined ? 'is required' : `must be an object of category → months, got ${show(issue.input)}`) },
      )
      .superRefine((months, ctx) => {
        if (!Object.prototype.hasOwnProperty.call(months, 'default')) {
          ctx.addIssue({ code: 'custom', path: ['default'], message: 'is required (months for any other category)' });
        }
        if (Object.keys(months).some((c) => c.trim() === '')) ctx.addIssue({ code: 'custom', message: 'a category name must not be empty' });
      })
      .transform((m) => m as Record<string, number> & { default: number }),
    /** extra defect codes on top of the default list */
    extraDefectCodes: z.array(
      rule<string>(
        (c) => typeof c === 'string' && DEFECT_CODE_PATTERN.test(c),
        (c) => `${show(c)} is not a defect code (lower case and underscores, optionally "group.code", e.g. "cabinet.hinge_loose")`,
      ),
      { error: (issue) => (issue.input === undefined ? 'is required (use [] for none)' : `must be an array of strings, got ${show(issue.input)}`) },
    ),
    /** how long an Idempotency-Key is remembered */
    idempotencyKeyTtl: duration,
    /** optional in a file (defaults: no holidays, 09:00–18:00, Saturday and Sunday off) */
    businessCalendar: BUSINESS_CALENDAR,
    /** optional in a file (defaults: 10 business days, reminders 3 and 1 days before) */
    supplierDisputes: SUPPLIER_DISPUTES,
    /** optional in a file (defaults in DEFAULT_FOLLOW_UP) */
    followUp: FOLLOW_UP,
  },
  'a JSON object',
).superRefine((p, ctx) => {
  // runs even when other fields failed: only with both durations readable and positive
  const ms = (d: unknown) => {
    try {
      return durationMs(d as string);
    } catch {
      return Number.NaN;
    }
  };
  const repairMax = ms(p.remedyDeadlines?.repairMax);
  if (repairMax > 0 && repairMax < ms(p.calendarDay)) {
    ctx.addIssue({
      code: 'custom',
      path: ['remedyDeadlines', 'repairMax'],
      message: `${show(p.remedyDeadlines.repairMax)} is shorter than one calendarDay (${show(p.calendarDay)}), so no repair could ever be agreed`,
    });
  }
});

/** A policy as a file gives it, after validation and defaults. */
export type ParsedPolicy = z.output<typeof POLICY_SCHEMA>;

export class PolicyValidationError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`invalid claims policy (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'PolicyValidationError';
    this.problems = problems;
  }
}

/** `remedyDeadlines.repairMax`, `extraDefectCodes[1]`; the whole file is `policy`. */
function pathText(path: PropertyKey[]): string {
  if (path.length === 0) return 'policy';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/**
 * Checks `input` against every rule of a claims policy and returns a fresh, typed copy
 * holding only the known fields, the optional sections filled with their defaults.
 * Throws PolicyValidationError listing every problem, in the order of the schema's fields.
 */
export function parsePolicy(input: unknown): ParsedPolicy {
  if (!isPlainObject(input)) throw new PolicyValidationError([`policy: must be a JSON object, got ${show(input)}`]);
  const result = POLICY_SCHEMA.safeParse(input);
  if (result.success) return result.data;
  throw new PolicyValidationError(result.error.issues.flatMap(problemsOf));
}

/** One line per problem; an object's unknown fields one line each, at their own path. */
function problemsOf(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${pathText([...issue.path, key])}: ${issue.message}`);
  return [`${pathText(issue.path)}: ${issue.message}`];
}
