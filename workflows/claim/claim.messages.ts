import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Command } from '../shared/commands';
import type { UpdateDefinition } from '@temporalio/common';
import type { Actor, ClaimAction, ClaimIntake, RemedyInput, TriageInput, WarrantyCheck } from '../../domain/claim.types';
import type { OrderChanges } from '../../domain/claim/order-correction';
import type { OpenDisputeInput, SupplierTerms } from '../../domain/dispute/dispute.types';
import type { SurveyAnswer } from '../../domain/follow-up/survey';
import type { ClaimView } from '../../domain/claim/claim-view';
import type { ClaimsPolicy } from '../../domain/policy/policy.types';
import type { RegisterClaimResult } from '../../domain/claim/claim-registration';

/** What the API sends to open a supplier dispute; the claim adds the supplier-safe facts. */
export interface OpenSupplierDisputePayload {
  disputeId: string;
  dispute: OpenDisputeInput;
  supplier: SupplierTerms;
}

/** What the API sends with each care-staff action. */
export type ActionPayload =
  | { action: 'triage'; input: TriageInput }
  | { action: 'remedy'; input: RemedyInput }
  | { action: 'complete_remedy'; input: { notes?: string } }
  | { action: 'notes'; input: { text: string } }
  | { action: 'reopen'; input: { reason: string } }
  | { action: 'withdraw'; input: { reason: string } }
  | { action: 'waiting_on_customer'; input: { reason: string } }
  | { action: 'customer_responded'; input: { notes?: string } }
  | { action: 'open_supplier_dispute'; input: OpenSupplierDisputePayload }
  | { action: 'review_reply'; input: { text: string; postedAt?: string } }
  | { action: 'correct_order'; input: OrderCorrectionPayload }
  | { action: 'resend_survey'; input: Record<string, never> };

/** Corrected order facts (only those that change) and why, for the audit log. */
export interface OrderCorrectionPayload {
  order: OrderChanges;
  reason: string;
}

/** A customer's survey answer, with the survey it answers. */
export interface SurveyResponse extends SurveyAnswer {
  surveyId: string;
}

/** A change the review-monitoring feed reported for the linked review. */
export interface ReviewChange {
  rating: number;
  removed: boolean;
  /** ISO time the platform reported it */
  at: string;
  text?: string;
}


/** Input of one claim's workflow: plain data only (it is recorded in the workflow history). */
export interface ClaimWorkflowInput {
  claimId: string;
  /** id of the request that started the workflow; lets intake tell 201 from a replayed 200 */
  requestId: string;
  intake: ClaimIntake;
  /** warranty checked against the terms in force at the sale, snapshotted at intake */
  warranty: WarrantyCheck;
  /** the policy in force at intake; every duration of this claim comes from it */
  policy: ClaimsPolicy;
  actor: Actor;
  /**
   * the claim's number and likely duplicates, registered by the API before the start; a
   * workflow started without them (before this field, or directly) registers in its first task
   */
  registration?: RegisterClaimResult;
  /**
   * the claim records an action's events in the workflow task that accepted it (staged,
   * then promoted: activities/claim-records/claim-event-log.ts); set by the API for claims
   * started from 2026-12-03 on. Without it (claims started before) each action's batch is
   * written by a normal activity, as before — the branch follows the input, which history
   * fixes, so it needs no patch.
   */
  actionsInTask?: true;
  /**
   * with `actionsInTask`: a timer's or a signal's events are staged too, in the task that
   * produced them, and promoted by the worker's staged-batch relay once the history records
   * the staging result (activities/claim-records/staged-batch-proof.ts) — no activity and
   * no second workflow task per batch. Set by the API for claims started from 2026-12-04 on;
   * the branch follows the input, so histories from before replay unchanged.
   */
  timersInTask?: true;
}

/** The field of an action's answer that lists its staged batches (claim-records.contract.ts). */
export { STAGED_BATCHES_FIELD } from '../../activities/claim-records/claim-records.contract';

export interface IntakeResult {
  claim: ClaimView;
  /** requestId of the intake that created the claim */
  createdByRequestId: string;
}


export type TriageCommand = Command<TriageInput>;
export type RemedyCommand = Command<RemedyInput>;
export type CompleteRemedyCommand = Command<{ notes?: string }>;
export type NoteCommand = Command<{ text: string }>;
export type ReasonCommand = Command<{ reason: string }>;
export type CustomerRespondedCommand = Command<{ notes?: string }>;
export type OpenSupplierDisputeCommand = Command<OpenSupplierDisputePayload>;
export type ReviewReplyCommand = Command<{ text: string; postedAt?: string }>;
export type AnswerSurveyCommand = Command<SurveyResponse>;
export type CorrectOrderCommand = Command<OrderCorrectionPayload>;
export type ResendSurveyCommand = Command<Record<string, never>>;

/** Resolves once the claim's intake is durable in PostgreSQL (number allocated, audit event written). */
export const intakeUpdate = defineUpdate<IntakeResult, []>('intake');
export const triageUpdate = defineUpdate<ClaimView, [TriageCommand]>('triage');
export const remedyUpdate = defineUpdate<ClaimView, [RemedyCommand]>('remedy');
export const completeRemedyUpdate = defineUpdate<ClaimView, [CompleteRemedyCommand]>('completeRemedy');
export const noteUpdate = defineUpdate<ClaimView, [NoteCommand]>('notes');
export const reopenUpdate = defineUpdate<ClaimView, [ReasonCommand]>('reopen');
export const withdrawUpdate = defineUpdate<ClaimView, [ReasonCommand]>('withdraw');
export const waitingOnCustomerUpdate = defineUpdate<ClaimView, [ReasonCommand]>('waitingOnCustomer');
export const customerRespondedUpdate = defineUpdate<ClaimView, [CustomerRespondedCommand]>('customerResponded');
export const reviewReplyUpdate = defineUpdate<ClaimView, [ReviewReplyCommand]>('reviewReply');
/** Corrects the order facts (warranty and penalty base follow); a new handler, so older histories replay unchanged. */
export const correctOrderUpdate = defineUpdate<ClaimView, [CorrectOrderCommand]>('correctOrder');
/** Staff send the customer a new survey link; the old one stops working. */
export const resendSurveyUpdate = defineUpdate<ClaimView, [ResendSurveyCommand]>('resendSurvey');
/** The customer's survey answer (the API has checked the signed link). */
export const answerSurveyUpdate = defineUpdate<ClaimView, [AnswerSurveyCommand]>('answerSurvey');
/** The review-monitoring feed reports a change of the linked review. */
export const reviewChangedSignal = defineSignal<[ReviewChange]>('reviewChanged');
/** Starts a supplier dispute (a child workflow); resolves once its `dispute.opened` event is durable. */
export const openSupplierDisputeUpdate = defineUpdate<ClaimView, [OpenSupplierDisputeCommand]>('openSupplierDispute');

/** Live state; never mutates. */
export const claimViewQuery = defineQuery<ClaimView>('claimView');

/** What a care-staff action carries, by action: the one typed link between an Update and the state's ActionPayload. */
export type ActionInput<A extends ClaimAction> = Extract<ActionPayload, { action: A }>['input'];

/** The Update of each care-staff action: the workflow registers these, the API calls them. */
export const ACTION_UPDATES: { readonly [A in ClaimAction]: UpdateDefinition<ClaimView, [Command<ActionInput<A>>]> } = {
  triage: triageUpdate,
  remedy: remedyUpdate,
  complete_remedy: completeRemedyUpdate,
  notes: noteUpdate,
  reopen: reopenUpdate,
  withdraw: withdrawUpdate,
  waiting_on_customer: waitingOnCustomerUpdate,
  customer_responded: customerRespondedUpdate,
  open_supplier_dispute: openSupplierDisputeUpdate,
  review_reply: reviewReplyUpdate,
  correct_order: correctOrderUpdate,
  resend_survey: resendSurveyUpdate,
};
