import type { Request } from 'express';
import type { AuthenticatedActor } from './auth.types';

const ACTOR = Symbol('actor');
type RequestWithActor = Request & { [ACTOR]?: AuthenticatedActor };

/** Called by the auth guard once the API key is verified. */
export function setRequestActor(req: Request, actor: AuthenticatedActor): void {
  (req as RequestWithActor)[ACTOR] = actor;
}

/** The caller, or undefined on a @Public() route. */
export function getRequestActor(req: Request): AuthenticatedActor | undefined {
  return (req as RequestWithActor)[ACTOR];
}
