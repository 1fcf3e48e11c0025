import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/claim.types';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import type { UpdateDefinition } from '@temporalio/common';
import type {
  AcceptInput,
  DisputeAction,
  DisputeSummary,
  DisputeView,
  OpenDisputeInput,
  ReasonInput,
  RejectInput,
  SettleInput,
  SupplierFacts,
  SupplierTerms,
} from '../../domain/dispute/dispute.types';
import type { Command } from '../shared/commands';

/** Input of one dispute's workflow (a child of its claim's workflow); plain data, recorded in history. */
export interface DisputeWorkflowInput {
  disputeId: string;
  claimId: string;
  /** workflow id of the claim, which records the dispute's audit events */
  claimWorkflowId: string;
  dispute: OpenDisputeInput;
  supplier: SupplierTerms;
  facts: SupplierFacts;
  calendar: BusinessCalendar;
  openedBy: Actor;
}

/** An audit event of a dispute; the claim gives it its sequence number in the claim's log. */
export interface DisputeEventDraft {
  at: string;
  actor: Actor;
  action: string;
  data: Record<string, unknown>;
}

/** Sent by a dispute to its claim after each change, once the change is in the read model. */
export interface DisputeChange {
  disputeId: string;
  /** the dispute's own count of changes; the claim ignores one it has seen */
  version: number;
  summary: DisputeSummary;
  events: DisputeEventDraft[];
}

export const disputeChangedSignal = defineSignal<[DisputeChange]>('disputeChanged');

export type AcceptCommand = Command<AcceptInput>;
export type RejectCommand = Command<RejectInput>;
export type SettleCommand = Command<SettleInput>;
export type DisputeReasonCommand = Command<ReasonInput>;

export const acceptDisputeUpdate = defineUpdate<DisputeView, [AcceptCommand]>('acceptDispute');
export const rejectDisputeUpdate = defineUpdate<DisputeView, [RejectCommand]>('rejectDispute');
export const settleDisputeUpdate = defineUpdate<DisputeView, [SettleCommand]>('settleDispute');
export const escalateDisputeUpdate = defineUpdate<DisputeView, [DisputeReasonCommand]>('escalateDispute');
export const writeOffDisputeUpdate = defineUpdate<DisputeView, [DisputeReasonCommand]>('writeOffDispute');

export const disputeViewQuery = defineQuery<DisputeView>('disputeView');

export function disputeWorkflowId(disputeId: string): string {
  return `dispute-${disputeId}`;
}

/** A dispute action as the state applies it. */
export type DisputeCommand =
  | { action: 'accept'; input: AcceptInput }
  | { action: 'reject'; input: RejectInput }
  | { action: 'settle'; input: SettleInput }
  | { action: 'escalate'; input: { reason: string } }
  | { action: 'write_off'; input: { reason: string } };

/** What a dispute action carries, by action. */
export type DisputeInput<A extends DisputeAction> = Extract<DisputeCommand, { action: A }>['input'];

/** The Update of each dispute action: the workflow registers these, the API calls them. */
export const DISPUTE_ACTION_UPDATES: { readonly [A in DisputeAction]: UpdateDefinition<DisputeView, [Command<DisputeInput<A>>]> } = {
  accept: acceptDisputeUpdate,
  reject: rejectDisputeUpdate,
  settle: settleDisputeUpdate,
  escalate: escalateDisputeUpdate,
  write_off: writeOffDisputeUpdate,
};
