import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedActor } from './auth.types';
import { getRequestActor } from './request-actor';

/** The authenticated caller: `AuthenticatedActor` (id, name, role; supplierId for supplier keys). */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthenticatedActor => {
  const actor = getRequestActor(ctx.switchToHttp().getRequest<Request>());
  // only possible on a @Public() route, which has no caller: a programming error
  if (!actor) throw new Error('@CurrentActor() used on a route that does not require an API key');
  return actor;
});
