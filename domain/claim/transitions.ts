/**
 * The claim lifecycle's transition table: every change of a claim's status, care-staff
 * actions (TRANSITIONS) and the engine's own steps (SYSTEM_TRANSITIONS). The workflow's
 * Update validators call checkAction, the API shows allowedActions, and the workflow
 * changes a claim's status only through statusAfter (workflows/claim/claim.state.ts,
 * `transition`). Pure and deterministic: the current time is passed in.
 */
import { CLAIM_ACTIONS, CLAIM_STATUSES, type ClaimAction, type ClaimStatus } from '../claim.types';

export interface TransitionSubject {
  status: ClaimStatus;
  waitingOnCustomer: boolean;
  /** ISO instant; a closed claim may be reopened strictly before it */
  reopenUntil?: string;
  /** supplier disputes not yet settled or written off; a claim cannot close while there are any */
  openDisputes?: number;
  /** the claim answers a negative public review (review correction applies) */
  negativeReview?: boolean;
  /** the customer's survey link is out and not yet answered or expired */
  surveyOpen?: boolean;
  /** the claim has been triaged at least once (a reopened claim goes back to `triaged`, else `received`) */
  classified?: boolean;
}

export interface TransitionRule {
  from: readonly ClaimStatus[];
  /** the status after the action; 'same' keeps the current one; a function when it depends on the claim */
  to: ClaimStatus | 'same' | ((subject: TransitionSubject) => ClaimStatus);
  /** what the action does, for refusal messages: "cannot <describe> while the claim is <status>" */
  describe: string;
}

/** Statuses in which the claim is still being worked on. */
export const OPEN_STATUSES: readonly ClaimStatus[] = ['received', 'triaged', 'remedy_in_progress'];

const ALL_STATUSES: readonly ClaimStatus[] = CLAIM_STATUSES;

export const TRANSITIONS: { readonly [A in ClaimAction]: TransitionRule } = {
  triage: { from: ['received', 'triaged'], to: 'triaged', describe: 'triage the claim' },
  remedy: { from: ['triaged'], to: 'remedy_in_progress', describe: 'choose a remedy' },
  complete_remedy: { from: ['remedy_in_progress'], to: 'resolved', describe: 'complete a remedy' },
  notes: { from: ALL_STATUSES, to: 'same', describe: 'add a note' },
  reopen: { from: ['resolved', 'follow_up', 'closed'], to: (s) => (s.classified ? 'triaged' : 'received'), describe: 'reopen the claim' },
  withdraw: { from: OPEN_STATUSES, to: 'closed', describe: 'withdraw the claim' },
  waiting_on_customer: { from: OPEN_STATUSES, to: 'same', describe: 'wait on the customer' },
  customer_responded: { from: ALL_STATUSES, to: 'same', describe: 'record a customer response' },
  open_supplier_dispute: { from: ['triaged', 'remedy_in_progress', 'resolved', 'follow_up'], to: 'same', describe: 'open a supplier dispute' },
  review_reply: { from: [...OPEN_STATUSES, 'resolved', 'follow_up'], to: 'same', describe: 'record a public reply to the review' },
  correct_order: { from: OPEN_STATUSES, to: 'same', describe: 'correct the order facts' },
  resend_survey: { from: ['follow_up'], to: 'same', describe: 'resend the survey link' },
};

/**
 * The engine's own steps: a resolved claim goes on to its follow-up (policies with one), a
 * claim closes once its follow-up and disputes have ended (or at resolution, under policies
 * without follow-up), and a closed claim is archived when its reopen window ends (its status
 * stays `closed`; it accepts nothing more).
 */
export const SYSTEM_TRANSITIONS = {
  start_follow_up: { from: ['resolved'], to: 'follow_up', describe: 'start the follow-up' },
  close: { from: ['resolved', 'follow_up'], to: 'closed', describe: 'close the claim' },
  archive: { from: ['closed'], to: 'same', describe: 'archive the claim' },
} as const satisfies Record<string, TransitionRule>;
export type SystemStep = keyof typeof SYSTEM_TRANSITIONS;

function target(rule: TransitionRule, subject: TransitionSubject): ClaimStatus {
  if (rule.to === 'same') return subject.status;
  return typeof rule.to === 'function' ? rule.to(subject) : rule.to;
}

/**
 * The status `step` (a staff action, already accepted by checkAction, or a system step)
 * leads to from `subject`'s. Throws when the table has no such transition: the workflow
 * asked for a move the lifecycle does not have, a bug to stop at, never to record.
 */
export function statusAfter(subject: TransitionSubject, step: ClaimAction | SystemStep): ClaimStatus {
  const rule: TransitionRule | undefined = Object.prototype.hasOwnProperty.call(SYSTEM_TRANSITIONS, step)
    ? SYSTEM_TRANSITIONS[step as SystemStep]
    : TRANSITIONS[step as ClaimAction];
  if (!rule || !rule.from.includes(subject.status)) {
    throw new Error(`the lifecycle has no transition "${step}" from ${subject.status}`);
  }
  return target(rule, subject);
}

export type ActionCheck = { allowed: true; to: ClaimStatus } | { allowed: false; reason: string };

/** How a status reads after "while the claim is …": "remedy in progress", "in follow-up". */
function statusText(status: string): string {
  return status === 'follow_up' ? 'in follow-up' : status.replace(/_/g, ' ');
}

/**
 * Whether `action` is allowed for `subject` at `now`, and the status it leads to.
 * Checked in this order: the status (from the table), then the extra conditions:
 * - reopen from `closed` only while now < reopenUntil (a closed claim without a valid
 *   reopenUntil cannot be reopened);
 * - waiting_on_customer only when not already waiting;
 * - customer_responded only while waiting (in any status, so a stale flag can always be cleared);
 * - withdraw only when no supplier dispute is open (a claim never closes over an open dispute);
 * - review_reply only for a claim linked to a negative public review;
 * - resend_survey only while the link is out and unanswered.
 */
export function checkAction(subject: TransitionSubject, action: ClaimAction, now: Date): ActionCheck {
  if (!Object.prototype.hasOwnProperty.call(TRANSITIONS, action)) {
    return { allowed: false, reason: `unknown action "${String(action)}"` };
  }
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(subject.status)) {
    return { allowed: false, reason: `cannot ${rule.describe} while the claim is ${statusText(subject.status)}` };
  }

  switch (action) {
    case 'reopen':
      if (subject.status === 'closed') {
        const until = subject.reopenUntil === undefined ? NaN : Date.parse(subject.reopenUntil);
        if (!Number.isFinite(until)) {
          return { allowed: false, reason: 'the claim has no reopen window' };
        }
        if (!(now.getTime() < until)) {
          return { allowed: false, reason: `the reopen window ended on ${subject.reopenUntil}` };
        }
      }
      break;
    case 'waiting_on_customer':
      if (subject.waitingOnCustomer) return { allowed: false, reason: 'the claim is already waiting on the customer' };
      break;
    case 'customer_responded':
      if (!subject.waitingOnCustomer) return { allowed: false, reason: 'the claim is not waiting on the customer' };
      break;
    case 'review_reply':
      if (!subject.negativeReview) return { allowed: false, reason: 'the claim is not linked to a negative public review' };
      break;
    case 'resend_survey':
      if (!subject.surveyOpen) return { allowed: false, reason: 'the survey is not waiting for an answer (not sent yet, answered or expired)' };
      break;
    case 'withdraw':
      if ((subject.openDisputes ?? 0) > 0) {
        const n = subject.openDisputes as number;
        return { allowed: false, reason: `${n} supplier dispute${n === 1 ? ' is' : 's are'} still open: settle or write ${n === 1 ? 'it' : 'them'} off first` };
      }
      break;
    default:
      break;
  }

  return { allowed: true, to: target(rule, subject) };
}

/** The actions allowed now, in CLAIM_ACTIONS order. */
export function allowedActions(subject: TransitionSubject, now: Date): ClaimAction[] {
  return CLAIM_ACTIONS.filter((action) => checkAction(subject, action, now).allowed);
}
