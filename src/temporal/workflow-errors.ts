/**
 * The one translation of Temporal client errors into the application's DomainErrors:
 * a refused Update (the workflow's validator) becomes a 409 with the reason and the
 * actions allowed now, or a 400 with field errors; a missing or finished workflow a 404
 * or 409. Anything else passes through (and is a 5xx).
 */
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { REFUSAL_GONE, REFUSAL_INVALID_INPUT, REFUSAL_INVALID_TRANSITION } from '../../workflows/shared/commands';
import { DomainError } from '../common/errors/domain-error';

export interface WorkflowErrorWording {
  /** `detail` of the 404 when there is no such workflow, e.g. "no such claim" */
  notFound: string;
  /** `detail` of the 409 when the workflow has completed */
  completed: string;
}

export function translateWorkflowError(err: unknown, wording: WorkflowErrorWording): unknown {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const failure = err.cause;
    const details = (failure.details?.[0] ?? {}) as Record<string, unknown>;
    if (failure.type === REFUSAL_INVALID_TRANSITION) {
      return new DomainError('invalid_transition', failure.message, { allowedActions: details.allowedActions ?? [] });
    }
    if (failure.type === REFUSAL_GONE) return new DomainError('gone', failure.message);
    if (failure.type === REFUSAL_INVALID_INPUT) {
      return new DomainError('validation_failed', failure.message, { errors: details.errors ?? [] });
    }
    return new DomainError('validation_failed', failure.message);
  }
  if (err instanceof WorkflowNotFoundError) return new DomainError('not_found', wording.notFound);
  if (isCompletedWorkflowError(err)) return new DomainError('invalid_transition', wording.completed, { allowedActions: [] });
  return err;
}

export function isCompletedWorkflowError(err: unknown): boolean {
  return err instanceof Error && /workflow execution already completed/i.test(err.message);
}
