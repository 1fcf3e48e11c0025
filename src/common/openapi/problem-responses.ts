/**
 * OpenAPI building blocks for error answers: the problem+json schema and decorators
 * that document a status with an example. Feature controllers use them like
 *
 *   @ApiProblemResponse(409, 'The claim is not in a state that allows this action', {
 *     type: 'invalid-transition', detail: 'cannot complete a remedy while the claim is received',
 *     extras: { allowedActions: ['triage'] },
 *   })
 */
import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE, RETRY_AFTER_SECONDS } from '../errors/problem-types';

export class FieldErrorDto {
  @ApiProperty({ description: 'Path of the invalid field in the request body; arrays are indexed', example: 'order.price' })
  field: string;

  @ApiProperty({ description: 'What is wrong with it', example: 'price must be a positive number' })
  message: string;
}

export class ProblemDetailsDto {
  @ApiProperty({
    description: 'URI identifying the problem type',
    example: `${PROBLEM_TYPE_BASE}invalid-transition`,
  })
  type: string;

  @ApiProperty({ description: 'Short summary of the problem type', example: 'Action not allowed now' })
  title: string;

  @ApiProperty({ description: 'HTTP status code', example: 409 })
  status: number;

  @ApiProperty({
    description: 'Explanation of this occurrence, written for the client',
    example: 'cannot complete a remedy while the claim is received',
  })
  detail: string;

  @ApiProperty({ description: 'The request path this problem occurred on', example: '/claims/7f1c/remedy/complete' })
  instance: string;

  @ApiPropertyOptional({ description: 'Invalid fields (validation problems only)', type: [FieldErrorDto] })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({
    description: 'Server-side log reference (5xx only)',
    example: '0b5e7c1e-8a43-4f55-9f0e-0d0f5c3a1b2e',
  })
  errorId?: string;
}

export interface ProblemExample {
  /** problem type slug (after `${PROBLEM_TYPE_BASE}`), or a full URI such as `about:blank` */
  type: string;
  title?: string;
  detail: string;
  instance?: string;
  extras?: Record<string, unknown>;
}

const DEFAULT_TITLES: Record<number, string> = {
  400: 'Validation failed',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Action not allowed now',
  413: 'Request body too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  422: 'Idempotency key reused with a different request',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** Documents an `application/problem+json` answer with an example. */
export function ApiProblemResponse(status: number, description: string, example: ProblemExample) {
  const type = /^[a-z]+:/.test(example.type) ? example.type : `${PROBLEM_TYPE_BASE}${example.type}`;
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto, FieldErrorDto),
    ApiResponse({
      status,
      description,
      headers:
        status === 401
          ? { 'WWW-Authenticate': { description: 'Bearer challenge', schema: { type: 'string', example: 'Bearer realm="warranty-claims"' } } }
          : status === 503 || status === 429
            ? { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', example: RETRY_AFTER_SECONDS } } }
            : undefined,
      content: {
        [PROBLEM_CONTENT_TYPE]: {
          schema: { $ref: getSchemaPath(ProblemDetailsDto) },
          example: {
            type,
            title: example.title ?? DEFAULT_TITLES[status] ?? 'Error',
            status,
            detail: example.detail,
            instance: example.instance ?? '/…',
            ...example.extras,
          },
        },
      },
    }),
  );
}

/** 400 with field errors, for endpoints that take a body or validated parameters. */
export function ApiValidationProblemResponse(example: { field: string; message: string }, instance?: string) {
  return ApiProblemResponse(400, 'The request is invalid; `errors` lists each invalid field', {
    type: 'validation-failed',
    detail: `The request has an invalid field: ${example.field}.`,
    instance,
    extras: { errors: [example] },
  });
}

/** The 401 and 403 every authenticated endpoint can answer. */
export function ApiAuthProblemResponses(instance?: string) {
  return applyDecorators(
    ApiProblemResponse(401, 'No API key, or an unknown or revoked one', {
      type: 'unauthorized',
      detail: 'Invalid or revoked API key.',
      instance,
    }),
    ApiProblemResponse(403, "The API key's role may not do this", {
      type: 'forbidden',
      detail: 'This action needs one of the roles: admin; this key has the role agent.',
      instance,
    }),
    ApiProblemResponse(429, 'Too many requests with this API key (RATE_LIMIT_PER_MINUTE); retry after `Retry-After` seconds', {
      type: 'rate-limited',
      detail: 'Too many requests with this API key: the limit is 600 per minute.',
      instance,
      extras: { retryAfterSeconds: 1 },
    }),
  );
}

/**
 * An RFC 9457 problem document as every endpoint of the API sends it (`application/problem+json`):
 * the common members, field `errors` on a 400, `allowedActions` on a refused action (409).
 */
export class ProblemDto extends ProblemDetailsDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'Refused actions (409): the actions allowed now — of the claim (a ClaimAction), or of the supplier dispute or task the action was on',
    example: ['triage', 'notes', 'withdraw', 'waiting_on_customer', 'correct_order'],
  })
  allowedActions?: string[];
}
