/**
 * What registering a claim takes and gives: its human number and the open claims it may
 * duplicate. The API registers a claim before starting its workflow; a workflow started
 * without a registration runs the `registerClaim` activity (activities/claim-records).
 */
import type { ClaimIntake } from '../claim.types';
import type { ClaimsPolicy } from '../policy/policy.types';
import { durationMs } from '../time/duration';

export interface RegisterClaimInput {
  claimId: string;
  /** ISO time of intake; its year prefixes the claim number */
  receivedAt: string;
  orderId: string;
  customerPhone?: string;
  customerEmail?: string;
  /** open claims of the same customer and order received within this many ms are possible duplicates */
  duplicateWindowMs: number;
}

export interface RegisterClaimResult {
  number: string;
  possibleDuplicateOf: string[];
}

/** What registering a claim needs: the order, the customer's contacts (never kept in workflow history), the policy's duplicate window. */
export function registrationInputOf(claimId: string, intake: ClaimIntake, policy: Pick<ClaimsPolicy, 'duplicateWindow'>, receivedAt: Date): RegisterClaimInput {
  return {
    claimId,
    receivedAt: receivedAt.toISOString(),
    orderId: intake.order.orderId,
    customerPhone: intake.customer.phone,
    customerEmail: intake.customer.email,
    duplicateWindowMs: durationMs(policy.duplicateWindow),
  };
}
