/**
 * Supplier disputes (DESIGN.md §3 "Supplier dispute"): when triage finds a supplier at
 * fault, the company claims the cost back from it while the customer's remedy goes on.
 * Plain data shared by the dispute workflow, the claim workflow and the API.
 */
import type { Actor } from '../claim.types';

export const DISPUTE_KINDS = ['late_delivery', 'incomplete_delivery', 'mechanical_damage', 'manufacturing_defect', 'other'] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];

/** What a supplier may offer when it accepts. */
export const SUPPLIER_REMEDIES = ['replacement_part', 'full_replacement', 'repair', 'compensation'] as const;
export type SupplierRemedy = (typeof SUPPLIER_REMEDIES)[number];

export const DISPUTE_STATUSES = ['awaiting_supplier', 'accepted', 'rejected', 'settled', 'written_off'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
/** Statuses in which a dispute still holds its claim open. */
export const OPEN_DISPUTE_STATUSES: readonly DisputeStatus[] = ['awaiting_supplier', 'accepted', 'rejected'];

/** `accept` and `reject` are the supplier's; the rest are care staff's. */
export const DISPUTE_ACTIONS = ['accept', 'reject', 'settle', 'escalate', 'write_off'] as const;
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number];
export const SUPPLIER_DISPUTE_ACTIONS: readonly DisputeAction[] = ['accept', 'reject'];

/** The claim facts a supplier may see: the goods, the order, the defect and the evidence — never the customer. */
export interface SupplierFacts {
  claimNumber: string;
  product: { sku: string; productName: string; category: string };
  order: { orderId: string; purchasedAt: string; deliveredAt?: string; price: number; currency: string };
  defect: { code?: string; description: string };
  /** the claim's attachments followed by the dispute's own evidence */
  evidenceUrls: string[];
}

/** POST /claims/{id}/supplier-disputes */
export interface OpenDisputeInput {
  kind: DisputeKind;
  amountClaimed: number;
  currency: string;
  message: string;
  evidenceUrls: string[];
}

/** The supplier's terms as they were when the dispute was opened. */
export interface SupplierTerms {
  supplierId: string;
  supplierName: string;
  responseBusinessDays: number;
  reminderBusinessDaysBefore: number[];
}

export interface AcceptInput {
  remedy: SupplierRemedy;
  /** what the supplier offers to pay or credit; required for `compensation` */
  amount?: number;
  /** ISO date by which the supplier expects to deliver the remedy */
  expectedDate?: string;
  message?: string;
}

export interface RejectInput {
  reason: string;
  evidenceUrls?: string[];
}

export interface SettleInput {
  /** the agreed chargeback, in the dispute's currency */
  amount: number;
  reason: string;
}

export interface ReasonInput {
  reason: string;
}

export interface SupplierResponseView {
  outcome: 'accepted' | 'rejected';
  at: string;
  actor: Actor;
  remedy?: SupplierRemedy;
  amount?: number;
  expectedDate?: string;
  message?: string;
  reason?: string;
  evidenceUrls?: string[];
  /** whether it came after the deadline */
  late: boolean;
}

export interface EscalationView {
  at: string;
  actor: Actor;
  reason: string;
  /** true when the deadline passed, false when staff escalated */
  automatic: boolean;
}

export interface DisputeView {
  id: string;
  claimId: string;
  claimNumber: string;
  supplierId: string;
  supplierName: string;
  kind: DisputeKind;
  amountClaimed: number;
  currency: string;
  message: string;
  evidenceUrls: string[];
  status: DisputeStatus;
  openedAt: string;
  openedBy: Actor;
  responseBusinessDays: number;
  /** the supplier must answer before this instant */
  deadlineAt: string;
  remindersAt: string[];
  remindersSent: number;
  /** the deadline passed without an answer */
  overdue: boolean;
  escalated: boolean;
  escalations: EscalationView[];
  response?: SupplierResponseView;
  settlement?: { at: string; actor: Actor; amount: number; reason: string };
  writeOff?: { at: string; actor: Actor; reason: string };
  closedAt?: string;
  allowedActions: DisputeAction[];
  facts: SupplierFacts;
  /** grows with every change */
  version: number;
}

/** What a claim keeps of each of its disputes. */
export interface DisputeSummary {
  id: string;
  supplierId: string;
  kind: DisputeKind;
  status: DisputeStatus;
  amountClaimed: number;
  currency: string;
  deadlineAt: string;
  overdue: boolean;
  escalated: boolean;
  settledAmount?: number;
  allowedActions: DisputeAction[];
}

export function isOpenDispute(status: DisputeStatus): boolean {
  return OPEN_DISPUTE_STATUSES.includes(status);
}

/** A dispute as its supplier sees it (GET /supplier/tasks/{id}): no customer, no staff identities. */
export interface SupplierTaskView {
  id: string;
  claimNumber: string;
  kind: DisputeKind;
  amountClaimed: number;
  currency: string;
  message: string;
  status: DisputeStatus;
  openedAt: string;
  deadlineAt: string;
  remindersAt: string[];
  overdue: boolean;
  escalated: boolean;
  response?: Omit<SupplierResponseView, 'actor'>;
  settlement?: { at: string; amount: number; reason: string };
  writtenOffAt?: string;
  closedAt?: string;
  /** what this supplier may do now: accept or reject, while the task awaits it */
  allowedActions: DisputeAction[];
  facts: SupplierFacts;
}

/** The one place that decides what of a dispute its supplier may see. */
export function supplierTaskOf(view: DisputeView): SupplierTaskView {
  const { actor: _actor, ...response } = view.response ?? ({} as SupplierResponseView);
  return {
    id: view.id,
    claimNumber: view.claimNumber,
    kind: view.kind,
    amountClaimed: view.amountClaimed,
    currency: view.currency,
    message: view.message,
    status: view.status,
    openedAt: view.openedAt,
    deadlineAt: view.deadlineAt,
    remindersAt: view.remindersAt,
    overdue: view.overdue,
    escalated: view.escalated,
    response: view.response ? response : undefined,
    settlement: view.settlement ? { at: view.settlement.at, amount: view.settlement.amount, reason: view.settlement.reason } : undefined,
    writtenOffAt: view.writeOff?.at,
    closedAt: view.closedAt,
    allowedActions: view.allowedActions.filter((a) => SUPPLIER_DISPUTE_ACTIONS.includes(a)),
    facts: view.facts,
  };
}

/** Outbound supplier webhook event types. */
export const WEBHOOK_EVENT_TYPES = ['task.created', 'task.reminder', 'task.escalated', 'task.settled', 'task.written_off'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
