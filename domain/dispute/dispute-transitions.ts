/**
 * The supplier dispute's transition table. The dispute workflow's Update validators call
 * checkDisputeAction; views show disputeAllowedActions. Pure.
 */
import { DISPUTE_ACTIONS, type DisputeAction, type DisputeStatus } from './dispute.types';

export interface DisputeSubject {
  status: DisputeStatus;
  escalated: boolean;
}

interface DisputeRule {
  from: readonly DisputeStatus[];
  to: DisputeStatus | 'same';
  /** for refusals: "cannot <describe> while the dispute is <status>" */
  describe: string;
}

export const DISPUTE_TRANSITIONS: { readonly [A in DisputeAction]: DisputeRule } = {
  accept: { from: ['awaiting_supplier'], to: 'accepted', describe: 'accept the dispute' },
  reject: { from: ['awaiting_supplier'], to: 'rejected', describe: 'reject the dispute' },
  settle: { from: ['accepted', 'rejected'], to: 'settled', describe: 'settle the dispute' },
  escalate: { from: ['awaiting_supplier', 'accepted', 'rejected'], to: 'same', describe: 'escalate the dispute' },
  write_off: { from: ['awaiting_supplier', 'accepted', 'rejected'], to: 'written_off', describe: 'write off the dispute' },
};

export type DisputeCheck = { allowed: true; to: DisputeStatus } | { allowed: false; reason: string };

const STATUS_TEXT: Record<DisputeStatus, string> = {
  awaiting_supplier: 'awaiting the supplier',
  accepted: 'accepted by the supplier',
  rejected: 'rejected by the supplier',
  settled: 'settled',
  written_off: 'written off',
};

export function checkDisputeAction(subject: DisputeSubject, action: DisputeAction): DisputeCheck {
  if (!Object.prototype.hasOwnProperty.call(DISPUTE_TRANSITIONS, action)) {
    return { allowed: false, reason: `unknown dispute action "${String(action)}"` };
  }
  const rule = DISPUTE_TRANSITIONS[action];
  if (!rule.from.includes(subject.status)) {
    const hint = action === 'settle' && subject.status === 'awaiting_supplier' ? ': the supplier has not answered yet (escalate or write it off instead)' : '';
    return { allowed: false, reason: `cannot ${rule.describe} while it is ${STATUS_TEXT[subject.status]}${hint}` };
  }
  if (action === 'escalate' && subject.escalated) return { allowed: false, reason: 'the dispute is already escalated' };
  return { allowed: true, to: rule.to === 'same' ? subject.status : rule.to };
}

/** The actions allowed now, in DISPUTE_ACTIONS order. */
export function disputeAllowedActions(subject: DisputeSubject): DisputeAction[] {
  return DISPUTE_ACTIONS.filter((action) => checkDisputeAction(subject, action).allowed);
}
