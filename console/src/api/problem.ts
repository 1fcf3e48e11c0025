/** An RFC 9457 problem from the API, as the console shows it: next to what caused it. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors: FieldError[];
  allowedActions?: string[];
}

/** The problem in an openapi-fetch answer (`error`, with `response.status`), or a network failure. */
export function toProblem(error: unknown, status: number): Problem {
  const body = (error ?? {}) as Partial<Problem> & { errors?: unknown };
  const errors = Array.isArray(body.errors) ? (body.errors as FieldError[]).filter((e) => typeof e?.field === 'string') : [];
  return {
    status,
    title: typeof body.title === 'string' ? body.title : `HTTP ${status}`,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors,
    allowedActions: Array.isArray(body.allowedActions) ? body.allowedActions : undefined,
  };
}

export class ProblemError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** Unwraps an openapi-fetch result: the data, or a thrown ProblemError (for TanStack Query). */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw new ProblemError(toProblem(result.error, result.response.status));
}
