/**
 * What every workflow here shares at its edge: the command an Update carries, and the
 * failure types its refusals use (the API turns them into 409 / 400 / 410).
 */
import type { Actor } from '../../domain/claim.types';

/** Every care-staff command carries who acts; the rest is the action's payload. */
export interface Command<P = Record<string, never>> {
  actor: Actor;
  payload: P;
}

/** ApplicationFailure types the API translates to HTTP. */
export const REFUSAL_INVALID_TRANSITION = 'InvalidTransition';
export const REFUSAL_INVALID_INPUT = 'InvalidInput';
/** what was asked about no longer accepts anything (an expired or superseded survey): 410 */
export const REFUSAL_GONE = 'Gone';

export interface InvalidTransitionDetails {
  allowedActions: string[];
}
export interface InvalidInputDetails {
  errors: Array<{ field: string; message: string }>;
}
