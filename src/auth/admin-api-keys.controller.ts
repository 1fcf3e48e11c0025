import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../common/errors/domain-error';
import { ApiAuthProblemResponses, ApiProblemResponse, ApiValidationProblemResponse } from '../common/openapi/problem-responses';
import { ApiKeyService } from './api-key.service';
import { CurrentActor } from './current-actor.decorator';
import { Roles } from './roles.decorator';
import type { AuthenticatedActor } from './auth.types';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto';

const idParam = new ParseUUIDPipe({
  exceptionFactory: () =>
    new DomainError('validation_failed', 'The request has an invalid field: id.', {
      errors: [{ field: 'id', message: 'id must be a UUID' }],
    }),
});

const EXAMPLE_KEY: ApiKeyDto = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  name: 'web-form-gateway',
  role: 'integration',
  supplierId: null,
  keyPrefix: '9f86d081',
  createdAt: '2026-11-22T09:30:00.000Z',
  revokedAt: null,
  lastUsedAt: '2026-11-22T10:02:13.000Z',
};

/** The example key as shown once, with its new secret. */
function createdExample(key: string): CreatedApiKeyDto {
  const { id, name, role, supplierId, createdAt } = EXAMPLE_KEY;
  return { id, name, role, supplierId, key, createdAt };
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiAuthProblemResponses('/admin/api-keys')
@Roles('admin')
@Controller('admin/api-keys')
export class AdminApiKeysController {
  constructor(private readonly apiKeys: ApiKeyService) {}

  @Post()
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Create an API key',
    description:
      'Creates a key with one role. A `supplier` key must name the supplier it acts for — one of the ' +
      "registry (`POST /suppliers`), else 400 — and sees only that supplier's tasks. The key is in this response and nowhere else: the server stores only its " +
      'SHA-256 hash. Admin only.',
  })
  @ApiBody({
    type: CreateApiKeyDto,
    examples: {
      integration: { summary: 'A channel gateway', value: { name: 'web-form-gateway', role: 'integration' } },
      supplier: { summary: 'A supplier portal', value: { name: 'fabrika-yug portal', role: 'supplier', supplierId: 'fabrika-yug' } },
    },
  })
  @ApiResponse({
    status: 201,
    description: 'The key was created; `key` is shown this once',
    type: CreatedApiKeyDto,
    example: createdExample('wce_9f86d081_884a1b7c0e3f2d5a6b9c8d7e6f5a4b3c2d1e0f9a'),
  })
  @ApiValidationProblemResponse({ field: 'supplierId', message: 'supplierId is required for keys with role supplier' }, '/admin/api-keys')
  create(@Body() body: CreateApiKeyDto, @CurrentActor() actor: AuthenticatedActor): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(body, actor);
  }

  @Get()
  @ApiOperation({
    summary: 'List API keys',
    description:
      'Every key, newest first, revoked ones included (with `revokedAt`). Keys and their hashes are never ' +
      'listed; `keyPrefix` tells them apart. Admin only.',
  })
  @ApiResponse({ status: 200, description: 'The keys', type: ApiKeyDto, isArray: true, example: [EXAMPLE_KEY] })
  list(): Promise<ApiKeyDto[]> {
    return this.apiKeys.list();
  }

  @Post(':id/rotate')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Rotate an API key',
    description:
      'Replaces the key\'s secret, keeping its id, name and role: the new key is in this response and nowhere else, and ' +
      'the old one gets a 401 from its next request (keys are checked against the database on every request, never ' +
      'cached). A revoked key, or the bootstrap admin key (rotate it by changing ADMIN_API_KEY), is a 409. Admin only.',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The key id', example: EXAMPLE_KEY.id })
  @ApiResponse({
    status: 200,
    description: 'The key was rotated; `key` is shown this once',
    type: CreatedApiKeyDto,
    example: createdExample('wce_1c0ffee2_5d7e9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f'),
  })
  @ApiValidationProblemResponse({ field: 'id', message: 'id must be a UUID' }, '/admin/api-keys/not-a-uuid/rotate')
  @ApiProblemResponse(404, 'No key has this id', {
    type: 'not-found',
    detail: `No API key with id ${EXAMPLE_KEY.id}.`,
    instance: `/admin/api-keys/${EXAMPLE_KEY.id}/rotate`,
  })
  @ApiProblemResponse(409, 'The key is revoked, or is the bootstrap admin key', {
    type: 'invalid-transition',
    title: 'Action not allowed now',
    detail: `API key ${EXAMPLE_KEY.id} is revoked; create a new key instead.`,
    instance: `/admin/api-keys/${EXAMPLE_KEY.id}/rotate`,
  })
  rotate(@Param('id', idParam) id: string, @CurrentActor() actor: AuthenticatedActor): Promise<CreatedApiKeyDto> {
    return this.apiKeys.rotate(id, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke an API key',
    description:
      'Revokes the key at once: its next request gets a 401. Revoking a revoked key again is a no-op. ' +
      'The row stays, for the record. Admin only.',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The key id', example: EXAMPLE_KEY.id })
  @ApiResponse({ status: 204, description: 'The key is revoked' })
  @ApiValidationProblemResponse({ field: 'id', message: 'id must be a UUID' }, '/admin/api-keys/not-a-uuid')
  @ApiProblemResponse(404, 'No key has this id', {
    type: 'not-found',
    detail: `No API key with id ${EXAMPLE_KEY.id}.`,
    instance: `/admin/api-keys/${EXAMPLE_KEY.id}`,
  })
  revoke(@Param('id', idParam) id: string, @CurrentActor() actor: AuthenticatedActor): Promise<void> {
    return this.apiKeys.revoke(id, actor);
  }
}
