import type {
  Actor,
  Channel,
  ClaimAction,
  ClaimStatus,
  Classification,
  Customer,
  LinkedReview,
  OrderInfo,
  RemedyKind,
  WarrantyCheck,
} from '../claim.types';
import type { DisputeSummary } from '../dispute/dispute.types';

/** Times are ISO-8601 strings (UTC) so the view is plain JSON everywhere. */
export interface RemedyView {
  kind: RemedyKind;
  qualityCheck?: boolean;
  outOfStock?: boolean;
  agreedRepairDays?: number;
  reason?: string;
  chosenAt: string;
  chosenBy: Actor;
  completedAt?: string;
  completionNotes?: string;
}

export interface SlaView {
  /** first-response SLA: met by the first staff action after intake */
  firstResponseDueAt: string;
  respondedAt?: string;
  breached: boolean;
  /** the company clock is paused while the claim waits on the customer */
  paused: boolean;
  pausedMs: number;
}

export interface StatutoryView {
  /** the day the customer's demand was made (intake, or the last reopen) */
  demandedAt: string;
  deadlineAt?: string;
  warningAt?: string;
  /** e.g. "art. 21: replacement, 7 days" */
  basis?: string;
  warned: boolean;
  breached: boolean;
  penaltyDays: number;
  penaltyAmount: number;
  currency: string;
  penaltyRatePerDay: number;
}

export interface NoteView {
  at: string;
  actor: Actor;
  text: string;
}

export interface ClaimView {
  id: string;
  number?: string;
  status: ClaimStatus;
  channel: Channel;
  externalRef?: string;
  customer: Customer;
  order: OrderInfo;
  description: string;
  attachments: string[];
  review?: LinkedReview;
  demandedRemedy?: RemedyKind;
  classification?: Classification;
  remedy?: RemedyView;
  receivedAt: string;
  triagedAt?: string;
  resolvedAt?: string;
  closedAt?: string;
  closedReason?: 'completed' | 'withdrawn';
  withdrawReason?: string;
  /** a closed claim may be reopened until then */
  reopenUntil?: string;
  reopenCount: number;
  waitingOnCustomer: boolean;
  sla: SlaView;
  statutory: StatutoryView;
  warranty: WarrantyCheck;
  /** ids of open claims with the same customer and order received within the duplicate window */
  possibleDuplicateOf: string[];
  notes: NoteView[];
  /** the claim's supplier disputes (each a child workflow), oldest first */
  disputes: DisputeSummary[];
  allowedActions: ClaimAction[];
  /** sequence number of the last audit event; grows with every accepted action or fired timer */
  version: number;
  policyName: string;
}
