/**
 * The claims policy: every duration the lifecycle uses, as strings the Temporal SDK
 * accepts ("24h", "10d", "45 days"). Loaded from CLAIMS_POLICY_FILE, validated at
 * start-up, and snapshotted into each claim's workflow at intake.
 */
export type DurationString = string;

export interface RemedyDeadlines {
  /** art. 22: refund, price reduction, repair-cost reimbursement */
  refund: DurationString;
  price_reduction: DurationString;
  repair_cost_reimbursement: DurationString;
  /** art. 21 */
  replacement: DurationString;
  replacementWithQualityCheck: DurationString;
  replacementOutOfStock: DurationString;
  /** art. 20: agreed in writing, never more than this */
  repairMax: DurationString;
  /** written answer to an unfounded claim */
  rejected: DurationString;
}

/** Working days for supplier deadlines; its time zone is the policy's `timeZone`. */
export interface BusinessCalendarPolicy {
  /** non-working weekdays, local dates YYYY-MM-DD (public holidays); weekends need not be listed */
  holidays: string[];
  /** working hours, local "HH:MM": deadlines end at workdayEnd; response times count only these hours */
  workdayStart: string;
  workdayEnd: string;
  /** non-working days of the week, 0 = Sunday … 6 = Saturday */
  weekend: number[];
}

/** Defaults of supplier disputes; a supplier's own settings override them. */
export interface SupplierDisputePolicy {
  /** business days a supplier has to accept or reject a dispute */
  responseBusinessDays: number;
  /** reminders this many business days before the deadline */
  reminderBusinessDaysBefore: number[];
}

/** What a review platform's rules allow the company to do about a review. */
export interface ReviewPlatformRule {
  /** whether the resolution notice may tell the customer the review can be edited */
  mayMentionEditing: boolean;
}

/** The follow-up stage after a claim is resolved: survey and review correction. */
export interface FollowUpPolicy {
  /** the survey link goes out this long after the claim is resolved */
  surveyDelay: DurationString;
  /** one reminder this long after the link, if unanswered */
  surveyReminderAfter: DurationString;
  /** the link expires this long after it was sent */
  surveyExpiresAfter: DurationString;
  /** how long after resolution the review-monitoring feed is followed */
  reviewMonitoringWindow: DurationString;
  /** a linked review rated at most this is negative and gets review correction */
  negativeReviewMaxRating: number;
  /** per platform (e.g. `trustpilot`), and `default` for the others */
  reviewPlatforms: Record<string, ReviewPlatformRule> & { default: ReviewPlatformRule };
}

export interface ClaimsPolicy {
  /** free text shown in audit events, e.g. "ru-2300-1@2026-11" */
  name: string;
  /** IANA time zone used for dates people read (warranty end, business calendar) */
  timeZone: string;
  /** length of one "calendar day" for agreed repair days and penalty accrual; "1d" in production */
  calendarDay: DurationString;
  firstResponseSla: DurationString;
  remedyDeadlines: RemedyDeadlines;
  /** how long before a statutory deadline the warning fires */
  deadlineWarningBefore: DurationString;
  /** penalty per calendar day past the deadline, as a fraction of the price (0.01 = 1%) */
  penaltyRatePerDay: number;
  /** how long after closing a claim may still be reopened */
  reopenWindow: DurationString;
  /** intake of the same customer + order within this window is flagged as a possible duplicate */
  duplicateWindow: DurationString;
  /** warranty period in calendar months per product category; `default` for any other */
  warrantyMonths: Record<string, number> & { default: number };
  /** extra defect codes on top of the default list */
  extraDefectCodes: string[];
  /** how long an Idempotency-Key is remembered */
  idempotencyKeyTtl: DurationString;
  /** optional in a file (defaults: no holidays, 09:00–18:00, Saturday and Sunday off); always set after parsePolicy */
  businessCalendar?: BusinessCalendarPolicy;
  /** optional in a file (defaults: 10 business days, reminders 3 and 1 days before); always set after parsePolicy */
  supplierDisputes?: SupplierDisputePolicy;
  /**
   * optional in a file (defaults in DEFAULT_FOLLOW_UP); always set after parsePolicy. A
   * claim whose snapshot has none (taken in before the follow-up stage existed) closes
   * as soon as it is resolved.
   */
  followUp?: FollowUpPolicy;
}
