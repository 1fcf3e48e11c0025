/**
 * Errors the application raises on purpose, each with a stable code. Services and
 * gateways throw them; the one global filter (problem-details.filter.ts) turns each
 * code into an HTTP status and an RFC 9457 problem type, so no controller maps errors.
 */
export type DomainErrorCode =
  | 'invalid_transition'
  | 'not_found'
  | 'already_exists'
  | 'gone'
  | 'method_not_allowed'
  | 'idempotency_mismatch'
  | 'idempotency_in_progress'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'unavailable'
  | 'payload_too_large'
  | 'rate_limited';

export class DomainError extends Error {
  /**
   * @param code    what went wrong, mapped to an HTTP status by the filter
   * @param message shown to the client as the problem's `detail`: write it for them
   * @param extras  extra members of the problem document (e.g. `allowedActions`, `errors`)
   */
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly extras: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One invalid input field, as listed in a validation problem's `errors`. */
export interface FieldError {
  /** dotted path into the request body, arrays indexed: `order.price`, `attachments[1]` */
  field: string;
  message: string;
}

/** Compile-time exhaustiveness check for switches over a union. */
export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: unexpected value ${JSON.stringify(value)}`);
}
