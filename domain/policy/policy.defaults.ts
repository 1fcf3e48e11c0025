/**
 * What a policy file without its optional sections gets (policy.schema.ts applies them),
 * and what a claim's snapshot taken before a section existed is read with
 * (policy.rules.ts). Plain values, imported by workflow code.
 */

/** No holidays, 09:00–18:00, Saturday and Sunday off. */
export const DEFAULT_BUSINESS_CALENDAR = {
  holidays: [] as string[],
  workdayStart: '09:00',
  workdayEnd: '18:00',
  weekend: [0, 6],
};

/** 10 business days to answer, reminders 3 and 1 business days before. */
export const DEFAULT_SUPPLIER_DISPUTES = {
  responseBusinessDays: 10,
  reminderBusinessDaysBefore: [3, 1],
};

/** The follow-up stage: platforms whose rules forbid asking for an edit are named. */
export const DEFAULT_FOLLOW_UP = {
  surveyDelay: '3d',
  surveyReminderAfter: '4d',
  surveyExpiresAfter: '14d',
  reviewMonitoringWindow: '30d',
  negativeReviewMaxRating: 3,
  reviewPlatforms: {
    trustpilot: { mayMentionEditing: false },
    amazon: { mayMentionEditing: false },
    default: { mayMentionEditing: true },
  } as Record<string, { mayMentionEditing: boolean }> & { default: { mayMentionEditing: boolean } },
};

/** Defect codes: `group.code` or `code`, lower case and underscores. */
export const DEFECT_CODE_PATTERN = /^[a-z_]+(\.[a-z_]+)?$/;
