/**
 * The claim domain's vocabulary: plain types and code lists, no I/O and no
 * decorators, so that workflows, activities and the API can all import it.
 */

export const CHANNELS = [
  'hotline',
  'survey',
  'online_review',
  'email',
  'web_form',
  'social_dm',
  'messenger',
  'retail_store',
  'post',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CLAIM_TYPES = ['product_quality', 'service_quality', 'settlement', 'information'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const RESPONSIBLE_UNITS = ['sales', 'logistics', 'distribution_center', 'supplier', 'other'] as const;
export type ResponsibleUnit = (typeof RESPONSIBLE_UNITS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Default defect / fault codes; the policy file may extend the list. */
export const DEFAULT_DEFECT_CODES = [
  'upholstered.filler_shrinkage',
  'upholstered.seam_defect',
  'upholstered.fabric_pilling',
  'cabinet.panel_defect',
  'cabinet.fittings_defect',
  'delivery.late',
  'delivery.incomplete',
  'delivery.mechanical_damage',
  'manufacturing_defect',
  'other',
] as const;

export const REMEDY_KINDS = [
  'refund',
  'price_reduction',
  'repair_cost_reimbursement',
  'replacement',
  'repair',
  'rejected',
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

export const CLAIM_STATUSES = [
  'received',
  'triaged',
  'remedy_in_progress',
  'resolved',
  'follow_up',
  'closed',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Care-staff actions; each one is a Temporal Update guarded by the transition table. */
export const CLAIM_ACTIONS = [
  'triage',
  'remedy',
  'complete_remedy',
  'notes',
  'reopen',
  'withdraw',
  'waiting_on_customer',
  'customer_responded',
  'open_supplier_dispute',
  'review_reply',
  'correct_order',
  'resend_survey',
] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

export interface Customer {
  name: string;
  phone?: string;
  email?: string;
  language?: string;
}

export interface OrderInfo {
  orderId: string;
  /** ISO date (YYYY-MM-DD) */
  purchasedAt: string;
  /** ISO date (YYYY-MM-DD); absent when there was no delivery */
  deliveredAt?: string;
  sku: string;
  productName: string;
  category: string;
  price: number;
  currency: string;
  supplierId?: string;
}

export interface LinkedReview {
  platform: string;
  reviewId: string;
  url?: string;
  rating: number;
}

/** What POST /claims carries; the workflow input is built from it. */
export interface ClaimIntake {
  channel: Channel;
  externalRef?: string;
  customer: Customer;
  order: OrderInfo;
  description: string;
  attachments?: string[];
  review?: LinkedReview;
  demandedRemedy?: RemedyKind;
}

export interface Classification {
  type: ClaimType;
  unit: ResponsibleUnit;
  defectCode: string;
  severity: Severity;
}

export interface TriageInput extends Classification {
  notes?: string;
}

export interface RemedyInput {
  kind: RemedyKind;
  qualityCheck?: boolean;
  outOfStock?: boolean;
  agreedRepairDays?: number;
  reason?: string;
}

export interface Actor {
  /** API key id (or `system` for timers) */
  id: string;
  name: string;
  role: string;
}

export interface WarrantyCheck {
  inWarranty: boolean;
  basis: 'delivery' | 'purchase';
  /** ISO date the warranty started */
  startsOn: string;
  /** ISO date of the warranty's last day */
  endsOn: string;
  months: number;
  category: string;
}
