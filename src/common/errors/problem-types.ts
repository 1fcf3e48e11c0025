import { assertUnreachable, type DomainErrorCode } from './domain-error';

/** Base of every problem `type` URI this API defines (RFC 9457 §3.1.1). */
export const PROBLEM_TYPE_BASE = 'https://warranty-claims.dev/problems/';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 5;

export interface ProblemType {
  type: string;
  title: string;
  status: number;
}

function problemType(slug: string, title: string, status: number): ProblemType {
  return { type: `${PROBLEM_TYPE_BASE}${slug}`, title, status };
}

/**
 * The HTTP face of each domain error code. The switch is exhaustive: adding a code to
 * DomainErrorCode without a case here fails to compile.
 */
export function problemTypeFor(code: DomainErrorCode): ProblemType {
  switch (code) {
    case 'invalid_transition':
      return problemType('invalid-transition', 'Action not allowed now', 409);
    case 'not_found':
      return problemType('not-found', 'Not found', 404);
    case 'gone':
      return problemType('gone', 'Gone', 410);
    case 'method_not_allowed':
      return problemType('method-not-allowed', 'Method not allowed', 405);
    case 'already_exists':
      return problemType('already-exists', 'Already exists', 409);
    case 'idempotency_mismatch':
      return problemType('idempotency-mismatch', 'Idempotency key reused with a different request', 422);
    case 'idempotency_in_progress':
      return problemType('idempotency-in-progress', 'A request with this idempotency key is still in progress', 409);
    case 'validation_failed':
      return problemType('validation-failed', 'Validation failed', 400);
    case 'unauthorized':
      return problemType('unauthorized', 'Authentication required', 401);
    case 'forbidden':
      return problemType('forbidden', 'Forbidden', 403);
    case 'unavailable':
      return problemType('unavailable', 'Service unavailable', 503);
    case 'payload_too_large':
      return problemType('payload-too-large', 'Request body too large', 413);
    case 'rate_limited':
      return problemType('rate-limited', 'Too many requests', 429);
    default:
      return assertUnreachable(code);
  }
}

/** Problems that do not come from a domain error. */
export const MALFORMED_BODY = problemType('malformed-body', 'Malformed request body', 400);
export const UNSUPPORTED_MEDIA_TYPE = problemType('unsupported-media-type', 'Unsupported media type', 415);
export const INTERNAL_ERROR = problemType('internal-error', 'Internal error', 500);
