import { ApplicationFailure } from '@temporalio/workflow';
import { REFUSAL_GONE, REFUSAL_INVALID_INPUT, REFUSAL_INVALID_TRANSITION } from './commands';

/** Why an Update is refused: not allowed in this state (with the actions allowed now), bad input, or gone. */
export type WorkflowRefusal<A extends string = string> =
  | { kind: 'invalid_transition'; message: string; allowedActions: readonly A[] }
  | { kind: 'invalid_input'; message: string; errors: Array<{ field: string; message: string }> }
  | { kind: 'gone'; message: string };

/**
 * The failure an Update validator throws for a refusal; the API turns its type into a
 * 409 (with the actions allowed now) or a 400 (with field errors). Used by every workflow.
 */
export function refusalFailure(refusal: WorkflowRefusal): ApplicationFailure {
  if (refusal.kind === 'gone') return ApplicationFailure.create({ type: REFUSAL_GONE, message: refusal.message, nonRetryable: true });
  return refusal.kind === 'invalid_transition'
    ? ApplicationFailure.create({
        type: REFUSAL_INVALID_TRANSITION,
        message: refusal.message,
        details: [{ allowedActions: refusal.allowedActions }],
        nonRetryable: true,
      })
    : ApplicationFailure.create({ type: REFUSAL_INVALID_INPUT, message: refusal.message, details: [{ errors: refusal.errors }], nonRetryable: true });
}
