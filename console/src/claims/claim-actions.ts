/**
 * The claim actions the API offers (`allowedActions` of GET /claims/{id}), each with the
 * operation that performs it. The form of each is drawn from that operation's body rules.
 */
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import type { Operation } from '../forms/validate';

export type ClaimAction = Schemas['ClaimAction'];

type ClaimPath = {
  [K in Operation]: K extends `POST /claims/{id}/${string}` ? (K extends `POST /claims/{id}/supplier-disputes/${string}` ? never : K) : never;
}[Operation];

export const CLAIM_ACTIONS: Record<ClaimAction, { operation: ClaimPath | 'PATCH /claims/{id}/order'; fields?: readonly string[] }> = {
  triage: { operation: 'POST /claims/{id}/triage', fields: ['type', 'unit', 'defectCode', 'severity', 'notes'] },
  remedy: { operation: 'POST /claims/{id}/remedy', fields: ['kind', 'agreedRepairDays', 'qualityCheck', 'outOfStock', 'reason'] },
  complete_remedy: { operation: 'POST /claims/{id}/remedy/complete' },
  notes: { operation: 'POST /claims/{id}/notes' },
  reopen: { operation: 'POST /claims/{id}/reopen' },
  withdraw: { operation: 'POST /claims/{id}/withdraw' },
  waiting_on_customer: { operation: 'POST /claims/{id}/waiting-on-customer' },
  customer_responded: { operation: 'POST /claims/{id}/customer-responded' },
  open_supplier_dispute: { operation: 'POST /claims/{id}/supplier-disputes', fields: ['kind', 'amountClaimed', 'currency', 'message', 'evidenceUrls', 'supplierId'] },
  review_reply: { operation: 'POST /claims/{id}/review/reply' },
  correct_order: { operation: 'PATCH /claims/{id}/order' },
  resend_survey: { operation: 'POST /claims/{id}/survey/resend' },
};

export function idempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Performs `action` on claim `id` (an Idempotency-Key per attempt of a form); throws ProblemError when refused. */
export async function performClaimAction(action: ClaimAction, id: string, body: Record<string, unknown>, key: string): Promise<void> {
  const { operation } = CLAIM_ACTIONS[action];
  const [method, path] = operation.split(' ') as ['POST' | 'PATCH', string];
  const params = { path: { id }, header: { 'Idempotency-Key': key } };
  if (method === 'PATCH') {
    unwrap(await api.PATCH('/claims/{id}/order', { params, body: body as Schemas['CorrectOrderDto'] }));
    return;
  }
  // every POST /claims/{id}/… of the table: the body was built and checked from that operation's rules
  unwrap(await api.POST(path as '/claims/{id}/notes', { params, body: body as Schemas['AddNoteDto'] }));
}
