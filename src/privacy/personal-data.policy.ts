/**
 * THE rule for customer personal data (names, phones, e-mails, addresses) in API
 * answers: which role sees it in full, masked, or not at all. Every response that can
 * carry a customer goes through the redact* functions below with the caller's role.
 *
 *  - care staff (agent, supervisor) work with customers: full;
 *  - integrations submit claims and get them back: full;
 *  - auditors check what happened, not whom to call: masked (initials, last two phone
 *    digits, first letter and domain of the e-mail) — enough to tell customers apart;
 *  - suppliers and admins: none.
 */
import type { Customer } from '../../domain/claim.types';
import type { ClaimView } from '../../domain/claim/claim-view';
import type { Role } from '../auth/auth.types';

export type PersonalDataAccess = 'full' | 'masked' | 'none';

export const PERSONAL_DATA_ACCESS: Readonly<Record<Role, PersonalDataAccess>> = {
  agent: 'full',
  supervisor: 'full',
  integration: 'full',
  auditor: 'masked',
  supplier: 'none',
  admin: 'none',
};

export const REDACTED = '[redacted]';
/** Customer fields that are contact details or identity; anything else (language) stays. */
const PERSONAL_FIELDS = ['name', 'phone', 'email', 'address'] as const;

export function personalDataAccess(role: Role): PersonalDataAccess {
  return PERSONAL_DATA_ACCESS[role] ?? 'none';
}

function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => `${[...w][0]}.`)
    .join(' ');
}

function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${'•'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
}

function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${[...email][0]}•••${email.slice(at)}`;
}

function maskField(field: (typeof PERSONAL_FIELDS)[number], value: string): string {
  switch (field) {
    case 'name':
      return maskName(value);
    case 'phone':
      return maskPhone(value);
    case 'email':
      return maskEmail(value);
    case 'address':
      return REDACTED;
  }
}

/** A customer record as `access` may see it (a new object; the input is not changed). */
export function redactCustomer<C extends Partial<Customer> & Record<string, unknown>>(customer: C, access: PersonalDataAccess): C {
  if (access === 'full') return customer;
  const out: Record<string, unknown> = { ...customer };
  for (const field of PERSONAL_FIELDS) {
    const value = out[field];
    if (typeof value !== 'string') continue;
    if (access === 'none') {
      if (field === 'name') out.name = REDACTED;
      else delete out[field];
    } else {
      out[field] = maskField(field, value);
    }
  }
  return out as C;
}

export function redactClaimView(view: ClaimView, role: Role): ClaimView {
  const access = personalDataAccess(role);
  if (access === 'full') return view;
  return { ...view, customer: redactCustomer(view.customer as Customer & Record<string, unknown>, access) };
}

/** A claim list item's customer name. */
export function redactCustomerName(name: string, role: Role): string {
  return redactCustomer({ name }, personalDataAccess(role)).name as string;
}

/**
 * An audit event's data: the customer of an intake (`data.intake.customer`) and any
 * top-level `customer` member.
 */
export function redactAuditData(data: Record<string, unknown>, role: Role): Record<string, unknown> {
  const access = personalDataAccess(role);
  if (access === 'full' || !data || typeof data !== 'object') return data;
  let out = data;
  const intake = data.intake as Record<string, unknown> | undefined;
  if (intake && typeof intake === 'object' && intake.customer && typeof intake.customer === 'object') {
    out = { ...out, intake: { ...intake, customer: redactCustomer(intake.customer as Record<string, unknown>, access) } };
  }
  if (data.customer && typeof data.customer === 'object') {
    out = { ...out, customer: redactCustomer(data.customer as Record<string, unknown>, access) };
  }
  return out;
}
