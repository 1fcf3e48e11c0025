/**
 * What registering a claim takes and gives: its human number and the open claims it may
 * duplicate. The API registers a claim before starting its workflow; a workflow started
 * without a registration runs the `registerClaim` activity (activities/claim-records).
 */
import type { ClaimIntake } from '../claim.types';

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

/** What registering a claim needs from its intake: the order and the customer's contacts (never kept in workflow history). */
export function registrationInputOf(claimId: string, intake: ClaimIntake, duplicateWindowMs: number, receivedAt: string): RegisterClaimInput {
  return {
    claimId,
    receivedAt,
    orderId: intake.order.orderId,
    customerPhone: intake.customer.phone,
    customerEmail: intake.customer.email,
    duplicateWindowMs,
  };
}
