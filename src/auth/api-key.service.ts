import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import type { ApiKeyEntity } from './api-key.entity';
import { SuppliersRepository } from '../suppliers/suppliers.repository';
import { ApiKeyRepository, type ActiveApiKey } from './api-key.repository';
import { generateApiKey, hashApiKey, hashesEqual, keyPrefixOf } from './api-key.secret';
import type { AuthenticatedActor } from './auth.types';
import type { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto';

/** last_used_at is written at most this often per key. */
const LAST_USED_RESOLUTION_MS = 60_000;

function toApiKeyDto(row: ApiKeyEntity): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    supplierId: row.supplierId,
    keyPrefix: row.keyPrefix,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class ApiKeyService {
  private readonly logger = new Logger(ApiKeyService.name);

  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly suppliers: SuppliersRepository,
  ) {}

  /**
   * The caller a presented key belongs to, or null for an unknown or revoked key.
   * Reads the database every time, so a revocation takes effect on the next request.
   */
  async authenticate(presentedKey: string): Promise<AuthenticatedActor | null> {
    const hash = hashApiKey(presentedKey);
    const candidates = await this.keys.findActiveByPrefix(keyPrefixOf(presentedKey));
    let match: ActiveApiKey | undefined;
    // compare against every candidate, in constant time each, without stopping early
    for (const candidate of candidates) if (hashesEqual(hash, candidate.keyHash)) match = candidate;
    if (!match) return null;
    if (!match.lastUsedAt || Date.now() - match.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.keys.touchLastUsed(match.id, LAST_USED_RESOLUTION_MS);
    }
    const actor: AuthenticatedActor = { id: match.id, name: match.name, role: match.role };
    if (match.role === 'supplier' && match.supplierId) actor.supplierId = match.supplierId;
    return actor;
  }

  /**
   * A new key, shown this once. A supplier key is bound to a supplier of the registry (an
   * inactive one too: it still reads its old tasks); an unknown id is refused, not stored.
   */
  async create(input: CreateApiKeyDto, createdBy: AuthenticatedActor): Promise<CreatedApiKeyDto> {
    if (input.role === 'supplier' && input.supplierId && !(await this.suppliers.get(input.supplierId))) {
      const message = `no supplier "${input.supplierId}" in the registry (POST /suppliers first)`;
      throw new DomainError('validation_failed', message, { errors: [{ field: 'supplierId', message }] });
    }
    const { key, prefix, hash } = generateApiKey();
    const row = await this.keys.insert({
      name: input.name,
      role: input.role,
      supplierId: input.role === 'supplier' ? (input.supplierId ?? null) : null,
      keyPrefix: prefix,
      keyHash: hash,
    });
    this.logger.log(`API key ${row.id} (${row.name}, role ${row.role}) created by ${createdBy.name} (${createdBy.id})`);
    return {
      id: row.id,
      name: row.name,
      role: row.role,
      supplierId: row.supplierId,
      key,
      createdAt: row.createdAt.toISOString(),
    };
  }

  async list(): Promise<ApiKeyDto[]> {
    return (await this.keys.list()).map(toApiKeyDto);
  }

  /** New key material for an active key, same id and role; the old key is refused from now on. */
  async rotate(id: string, rotatedBy: AuthenticatedActor): Promise<CreatedApiKeyDto> {
    const { key, prefix, hash } = generateApiKey();
    const result = await this.keys.rotate(id, prefix, hash);
    switch (result.outcome) {
      case 'not_found':
        throw new DomainError('not_found', `No API key with id ${id}.`);
      case 'revoked':
        throw new DomainError('invalid_transition', `API key ${id} is revoked; create a new key instead.`);
      case 'bootstrap':
        throw new DomainError('invalid_transition', 'The bootstrap admin key comes from ADMIN_API_KEY: change that variable to rotate it.');
      case 'rotated':
        break;
    }
    const row = result.key;
    this.logger.log(`API key ${row.id} (${row.name}) rotated by ${rotatedBy.name} (${rotatedBy.id})`);
    return { id: row.id, name: row.name, role: row.role, supplierId: row.supplierId, key, createdAt: row.createdAt.toISOString() };
  }

  /** Revokes a key at once; revoking a revoked key again is a no-op. */
  async revoke(id: string, revokedBy: AuthenticatedActor): Promise<void> {
    const result = await this.keys.revoke(id);
    if (result === 'not_found') throw new DomainError('not_found', `No API key with id ${id}.`);
    if (result === 'revoked') this.logger.log(`API key ${id} revoked by ${revokedBy.name} (${revokedBy.id})`);
  }

  /**
   * Makes ADMIN_API_KEY a working admin key (row `bootstrap-admin`). A changed value
   * replaces the old one; the same value, once revoked through the API, stays revoked.
   */
  async ensureBootstrapAdmin(adminApiKey: string | undefined): Promise<void> {
    if (!adminApiKey) {
      this.logger.warn('ADMIN_API_KEY is not set: only admin keys already in the database can manage API keys');
      return;
    }
    const result = await this.keys.upsertBootstrapAdmin(keyPrefixOf(adminApiKey), hashApiKey(adminApiKey));
    if (result.outcome === 'created') this.logger.log(`bootstrap admin key created from ADMIN_API_KEY (${result.id})`);
    if (result.outcome === 'rotated') this.logger.log(`bootstrap admin key replaced by the new ADMIN_API_KEY (${result.id})`);
    if (result.outcome === 'unchanged' && result.revoked) {
      this.logger.warn('ADMIN_API_KEY has been revoked; set a new value to get a working bootstrap admin key');
    }
  }
}
