/**
 * The one global exception filter: every error leaves the API as an RFC 9457
 * `application/problem+json` document `{ type, title, status, detail, instance, ...extras }`.
 *
 *  - DomainError: its code picks the status and type (problem-types.ts, exhaustive)
 *  - RequestBodyError: malformed body → 400, unreadable media type → 415
 *  - Nest HttpException: its status is kept; 5xx details are never shown
 *  - a backing service that cannot be reached (PostgreSQL, Temporal) → 503 + Retry-After
 *  - anything else (TypeORM / pg errors, bugs) → 500 "Internal error", logged with an
 *    `errorId` that the body repeats, and never a stack, SQL or message in the body
 */
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { isGrpcServiceError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import type { Request, Response } from 'express';
import { RequestBodyError } from '../http/request-body';
import { DomainError, type FieldError } from './domain-error';
import {
  INTERNAL_ERROR,
  MALFORMED_BODY,
  PROBLEM_CONTENT_TYPE,
  RETRY_AFTER_SECONDS,
  UNSUPPORTED_MEDIA_TYPE,
  problemTypeFor,
  type ProblemType,
} from './problem-types';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  [extra: string]: unknown;
}

export interface Problem {
  body: ProblemDocument;
  headers: Record<string, string>;
  /** set when the error must be logged server-side (5xx) */
  log?: { errorId: string; error: unknown };
}

/** The realm named in WWW-Authenticate. */
export const AUTH_REALM = 'warranty-claims';

const RESERVED_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance']);

/** Node / pg / Temporal signs that a backing service is down rather than that we have a bug. */
const UNREACHABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'EPIPE']);
const UNREACHABLE_PG_SQLSTATE = /^(08|57P0[123]|53300)/; // connection exception, shutdown, too many connections
const UNREACHABLE_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  // pg, for a query on a client whose connection failed or closed (e.g. between two statements of a transaction)
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];
const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;

function build(
  kind: ProblemType,
  detail: string,
  instance: string,
  extras: Record<string, unknown> = {},
): ProblemDocument {
  const body: ProblemDocument = { type: kind.type, title: kind.title, status: kind.status, detail, instance };
  for (const [key, value] of Object.entries(extras)) {
    if (!RESERVED_MEMBERS.has(key) && value !== undefined) body[key] = value;
  }
  return body;
}

/** A problem type for a bare HTTP status (RFC 9457 §4.2.1: `about:blank`, title = reason phrase). */
function statusProblemType(status: number): ProblemType {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status };
}

function isBackingServiceUnreachable(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    if (isGrpcServiceError(current) && (current.code === GRPC_UNAVAILABLE || current.code === GRPC_DEADLINE_EXCEEDED)) {
      return true;
    }
    const e = current as Error & { code?: unknown; driverError?: unknown };
    if (typeof e.code === 'string' && (UNREACHABLE_ERRNO.has(e.code) || UNREACHABLE_PG_SQLSTATE.test(e.code))) {
      return true;
    }
    if (UNREACHABLE_MESSAGES.some((m) => e.message.includes(m))) return true;
    // TypeORM released a transaction's connection when it failed under it (the API's promotion
    // of staged events; either error, by where the next query of the transaction was asked)
    if (current instanceof QueryRunnerProviderAlreadyReleasedError || current instanceof QueryRunnerAlreadyReleasedError) return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}

/** Field errors carried by a Nest HttpException whose `message` is a list (e.g. from Parse*Pipe). */
function messageList(response: unknown): string[] | undefined {
  const message = (response as { message?: unknown } | null)?.message;
  return Array.isArray(message) && message.every((m) => typeof m === 'string') ? message : undefined;
}

function httpExceptionDetail(response: unknown, fallback: string): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.length > 0 ? message : fallback;
}

/**
 * Turns any thrown value into a problem. Pure apart from generating an errorId, so the
 * mapping can be tested without an HTTP server.
 */
export function toProblem(exception: unknown, instance: string, authorizationPresented = false): Problem {
  const headers: Record<string, string> = {};

  if (exception instanceof DomainError) {
    const kind = problemTypeFor(exception.code);
    const body = build(kind, exception.message, instance, exception.extras);
    return withStatusHeaders({ body, headers }, authorizationPresented);
  }

  if (exception instanceof RequestBodyError) {
    const kind = exception.kind === 'malformed' ? MALFORMED_BODY : UNSUPPORTED_MEDIA_TYPE;
    return { body: build(kind, exception.message, instance), headers };
  }

  if (exception instanceof HttpException && exception.getStatus() < 500) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const kind = statusProblemType(status);
    const messages = messageList(response);
    const body = messages
      ? build(kind, 'The request is invalid.', instance, {
          errors: messages.map((message): FieldError => ({ field: '', message })),
        })
      : build(kind, httpExceptionDetail(response, kind.title), instance);
    return withStatusHeaders({ body, headers }, authorizationPresented);
  }

  const errorId = randomUUID();
  if (isBackingServiceUnreachable(exception)) {
    const body = build(
      problemTypeFor('unavailable'),
      'A backing service is temporarily unavailable; retry shortly.',
      instance,
      { errorId },
    );
    return { ...withStatusHeaders({ body, headers }, authorizationPresented), log: { errorId, error: exception } };
  }
  if (exception instanceof HttpException) {
    // a 5xx HttpException: keep its status, not its words
    const status = exception.getStatus();
    const kind = status === 500 ? INTERNAL_ERROR : statusProblemType(status);
    const body = build(kind, 'The server could not complete the request.', instance, { errorId });
    return { ...withStatusHeaders({ body, headers }, authorizationPresented), log: { errorId, error: exception } };
  }
  const body = build(INTERNAL_ERROR, 'The server could not complete the request.', instance, { errorId });
  return { body, headers, log: { errorId, error: exception } };
}

function withStatusHeaders(problem: Problem, authorizationPresented: boolean): Problem {
  const { status } = problem.body;
  if (status === 401) {
    // RFC 6750 §3: say why when credentials were presented and refused
    problem.headers['WWW-Authenticate'] = authorizationPresented
      ? `Bearer realm="${AUTH_REALM}", error="invalid_token"`
      : `Bearer realm="${AUTH_REALM}"`;
  }
  if (status === 503) problem.headers['Retry-After'] = String(RETRY_AFTER_SECONDS);
  if (status === 429) problem.headers['Retry-After'] = String(problem.body.retryAfterSeconds ?? 1);
  return problem;
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const instance = req.originalUrl ?? req.url;
    const problem = toProblem(exception, instance, Boolean(req.headers?.authorization));

    if (problem.log) {
      const { errorId, error } = problem.log;
      const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.logger.error(`${req.method} ${instance} → ${problem.body.status} [errorId ${errorId}]`, stack);
    }

    if (res.headersSent) {
      // a streamed answer failed midway: the status is gone; cut the connection so the
      // client sees a truncated response rather than a complete-looking one
      this.logger.warn(`${req.method} ${instance}: error after the response started; connection closed`);
      res.destroy();
      return;
    }
    res.status(problem.body.status);
    for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
    res.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    res.send(JSON.stringify(problem.body));
  }
}
