/**
 * Gives every HTTP request an id — the caller's `X-Request-Id` when it is a plain token,
 * else a new UUID — echoes it in the response, and runs the rest of the request in a log
 * context carrying it, plus the claim id and its workflow id on a claim's routes
 * (`/claims/{uuid}/…`, `/audit/claims/{uuid}/…`). Every line logged while the request is
 * served carries them.
 */
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { claimWorkflowId } from '../../../workflows/claim/claim.ids';
import { UUID_TEXT } from '../validation/uuid';
import { withLogContext, type LogContext } from './app-log';

export const REQUEST_ID_HEADER = 'X-Request-Id';
const TOKEN = /^[A-Za-z0-9._:-]{1,64}$/;
const CLAIM_ROUTE = new RegExp(`^/(?:audit/)?claims/(${UUID_TEXT})(?:/|$)`, 'i');

/** The log context of a request: its id and, on a claim's route, the claim and its workflow. */
export function requestLogContext(path: string, givenId: string | undefined): LogContext {
  const requestId = givenId !== undefined && TOKEN.test(givenId) ? givenId : randomUUID();
  const claimId = CLAIM_ROUTE.exec(path)?.[1]?.toLowerCase();
  return claimId ? { requestId, claimId, workflowId: claimWorkflowId(claimId) } : { requestId };
}

export function requestContext(req: Request, res: Response, next: NextFunction): void {
  const context = requestLogContext(req.path, req.get(REQUEST_ID_HEADER));
  res.setHeader(REQUEST_ID_HEADER, context.requestId!);
  withLogContext(context, next);
}
