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
import type { ReviewOutcome } from '../follow-up/review-correction';
import type { SurveyAlert, SurveyAnswer, SurveyLanguage } from '../follow-up/survey';

export type SurveyStatus = 'scheduled' | 'sent' | 'answered' | 'expired';

export interface SurveyView {
  /** identifies this survey (a reopened claim gets a new one); part of the customer's link */
  id: string;
  status: SurveyStatus;
  language: SurveyLanguage;
  /** when the link goes out */
  sendAt: string;
  sentAt?: string;
  remindAt?: string;
  reminded: boolean;
  expiresAt?: string;
  answeredAt?: string;
  answer?: SurveyAnswer;
  /** set when the answer alerts supervisors */
  alerts: SurveyAlert[];
  /** how many times staff sent a new link (each one stops the previous) */
  resends?: number;
  /** the customer's current link: in GET /claims/{id} for care staff only, never stored */
  link?: string;
}

export interface ReviewCorrectionView {
  platform: string;
  reviewId: string;
  originalRating: number;
  /** whether the resolution notice said the review can be edited (the platform's rule) */
  mayMentionEditing: boolean;
  noticeSentAt: string;
  /** the review-monitoring feed is followed until then */
  monitorUntil: string;
  outcome?: ReviewOutcome;
  endedAt?: string;
}

export interface FollowUpView {
  startedAt: string;
  survey: SurveyView;
  /** only for a claim linked to a negative public review */
  review?: ReviewCorrectionView;
}

/** What the review-monitoring feed last said of the linked review. */
export interface LinkedReviewState {
  rating: number;
  removed: boolean;
  changedAt: string;
}

export interface ReviewReplyView {
  text: string;
  postedAt: string;
  actor: Actor;
}

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
  /** the linked public review is negative (rated at most the policy's threshold): review correction applies */
  negativeReview: boolean;
  /** the follow-up stage after resolution: survey and review correction */
  followUp?: FollowUpView;
  /** the company's public reply to the linked review */
  reviewReply?: ReviewReplyView;
  /** the linked review as the monitoring feed last reported it */
  reviewNow?: LinkedReviewState;
  allowedActions: ClaimAction[];
  /** sequence number of the last audit event; grows with every accepted action or fired timer */
  version: number;
  policyName: string;
}
