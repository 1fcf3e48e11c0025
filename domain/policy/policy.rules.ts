/**
 * Reading a claim's policy snapshot: the sections older snapshots predate get their
 * defaults; defect codes and review-platform rules. Pure and zod-free: workflow code
 * imports it (validation of a policy file is policy.schema.ts).
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import { DEFAULT_DEFECT_CODES } from '../claim.types';
import { DEFAULT_BUSINESS_CALENDAR, DEFAULT_SUPPLIER_DISPUTES } from './policy.defaults';
import type { ClaimsPolicy, FollowUpPolicy, SupplierDisputePolicy } from './policy.types';

export { DEFAULT_BUSINESS_CALENDAR, DEFAULT_FOLLOW_UP, DEFAULT_SUPPLIER_DISPUTES, DEFECT_CODE_PATTERN } from './policy.defaults';

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
