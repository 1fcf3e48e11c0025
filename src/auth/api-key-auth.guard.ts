import { CanActivate, ExecutionContext, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { ApiKeyService } from './api-key.service';
import { ClientAddressLimits, RateLimiter, type RateDecision } from './rate-limiter';
import { PUBLIC_LIMITED_METADATA, PUBLIC_METADATA } from './public.decorator';
import { ROLES_METADATA } from './roles.decorator';
import { setRequestActor } from './request-actor';
import type { Role } from './auth.types';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** Refuses with 429 (and Retry-After) when a limiter said no. */
function limited(decision: RateDecision | undefined, message: string): void {
  if (decision && !decision.allowed) throw new DomainError('rate_limited', message, { retryAfterSeconds: decision.retryAfterSeconds });
}

/**
 * The global guard: every route needs `Authorization: Bearer <api key>` unless marked
 * @Public(); @Roles(...) narrows who may call. Unknown or revoked key → 401, a key over
 * its rate limit → 429 with Retry-After, a role not listed → 403 (all problem+json
 * through the global filter).
 */
@Injectable()
export class ApiKeyAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyService,
    @Optional() private readonly rateLimiter?: RateLimiter,
    @Optional() private readonly addressLimits?: ClientAddressLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const req = context.switchToHttp().getRequest<Request>();
    const address = req.socket?.remoteAddress ?? 'unknown';
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_METADATA, targets)) {
      if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_LIMITED_METADATA, targets)) {
        limited(this.addressLimits?.publicRequests.take(address), 'Too many requests from this address; retry after the Retry-After delay.');
      }
      return true;
    }

    const header = req.headers.authorization;
    if (!header) {
      throw new DomainError('unauthorized', 'This endpoint needs an API key: send "Authorization: Bearer <api key>".');
    }
    const presented = BEARER.exec(header)?.[1];
    if (!presented) {
      throw new DomainError('unauthorized', 'The Authorization header must be "Bearer <api key>".');
    }
    // an address that keeps presenting wrong keys is not even checked until its bucket refills
    const failures = this.addressLimits?.authFailures;
    limited(failures?.peek(address), 'Too many failed authentications from this address; retry after the Retry-After delay.');
    const actor = await this.apiKeys.authenticate(presented);
    if (!actor) {
      failures?.take(address);
      throw new DomainError('unauthorized', 'Invalid or revoked API key.');
    }
    limited(this.rateLimiter?.take(actor.id), 'Too many requests with this API key; retry after the Retry-After delay.');
    setRequestActor(req, actor);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (roles && !roles.includes(actor.role)) {
      throw new DomainError(
        'forbidden',
        `This action needs one of the roles: ${roles.join(', ')}; this key has the role ${actor.role}.`,
      );
    }
    return true;
  }
}
