import { Controller, Get, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/errors/domain-error';
import { ApiKeyAuthGuard } from './api-key-auth.guard';
import type { ApiKeyService } from './api-key.service';
import type { AuthenticatedActor } from './auth.types';
import { Public } from './public.decorator';
import { getRequestActor } from './request-actor';
import { RateLimiter } from './rate-limiter';
import { Roles } from './roles.decorator';

@Roles('agent', 'supervisor')
@Controller()
class ClaimsLikeController {
  @Get()
  list() {}

  @Roles('auditor')
  @Get()
  history() {}

  @Public()
  @Get()
  open() {}
}

const KEYS: Record<string, AuthenticatedActor> = {
  'agent-key': { id: 'k1', name: 'care desk', role: 'agent' },
  'auditor-key': { id: 'k2', name: 'auditor', role: 'auditor' },
  'supplier-key': { id: 'k3', name: 'fabrika portal', role: 'supplier', supplierId: 'fabrika-yug' },
};

describe('ApiKeyAuthGuard', () => {
  const service = { authenticate: jest.fn(async (key: string) => KEYS[key] ?? null) };
  const guard = new ApiKeyAuthGuard(new Reflector(), service as unknown as ApiKeyService);

  function context(handler: keyof ClaimsLikeController, authorization?: string) {
    const req = { headers: authorization === undefined ? {} : { authorization } };
    const ctx = {
      getType: () => 'http',
      getHandler: () => ClaimsLikeController.prototype[handler],
      getClass: () => ClaimsLikeController,
      switchToHttp: () => ({ getRequest: () => req }),
    } as unknown as ExecutionContext;
    return { ctx, req };
  }

  async function refusal(handler: keyof ClaimsLikeController, authorization?: string): Promise<DomainError> {
    const { ctx } = context(handler, authorization);
    try {
      await guard.canActivate(ctx);
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      return err as DomainError;
    }
    throw new Error('expected the guard to refuse');
  }

  it('lets a listed role through and attaches the actor', async () => {
    const { ctx, req } = context('list', 'Bearer agent-key');
    await expect(guard.canActivate(ctx)).resolves.toBe(true);
    expect(getRequestActor(req as never)).toEqual(KEYS['agent-key']);
  });

  it('is 401 without a key, with a malformed header, or with an unknown key', async () => {
    expect((await refusal('list')).code).toBe('unauthorized');
    expect((await refusal('list', 'Basic dXNlcjpwYXNz')).code).toBe('unauthorized');
    expect((await refusal('list', 'Bearer')).code).toBe('unauthorized');
    expect((await refusal('list', 'Bearer nope')).message).toBe('Invalid or revoked API key.');
  });

  it('accepts the scheme in any case', async () => {
    await expect(guard.canActivate(context('list', 'bearer agent-key').ctx)).resolves.toBe(true);
  });

  it("is 403 for a role the controller does not list, naming the roles", async () => {
    const err = await refusal('list', 'Bearer supplier-key');
    expect(err.code).toBe('forbidden');
    expect(err.message).toBe('This action needs one of the roles: agent, supervisor; this key has the role supplier.');
  });

  it("lets a handler's @Roles override its controller's", async () => {
    await expect(guard.canActivate(context('history', 'Bearer auditor-key').ctx)).resolves.toBe(true);
    expect((await refusal('history', 'Bearer agent-key')).code).toBe('forbidden');
  });

  it('skips authentication on @Public() routes', async () => {
    service.authenticate.mockClear();
    await expect(guard.canActivate(context('open').ctx)).resolves.toBe(true);
    expect(service.authenticate).not.toHaveBeenCalled();
  });

  it('is 429 with the seconds to wait once a key used up its allowance, per key', async () => {
    const limited = new ApiKeyAuthGuard(new Reflector(), service as unknown as ApiKeyService, new RateLimiter(2, () => 0));
    await expect(limited.canActivate(context('list', 'Bearer agent-key').ctx)).resolves.toBe(true);
    await expect(limited.canActivate(context('list', 'Bearer agent-key').ctx)).resolves.toBe(true);
    await expect(limited.canActivate(context('list', 'Bearer agent-key').ctx)).rejects.toMatchObject({
      code: 'rate_limited',
      extras: { retryAfterSeconds: 30 },
    });
    await expect(limited.canActivate(context('history', 'Bearer auditor-key').ctx)).resolves.toBe(true);
  });
});
