import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ApiKeyEntity, BOOTSTRAP_ADMIN_KEY_NAME } from './api-key.entity';
import type { Role } from './auth.types';

export interface NewApiKey {
  name: string;
  role: Role;
  supplierId: string | null;
  keyPrefix: string;
  keyHash: string;
}

/** What authentication needs of an unrevoked key. */
export type ActiveApiKey = Pick<ApiKeyEntity, 'id' | 'name' | 'role' | 'supplierId' | 'keyHash' | 'lastUsedAt'>;

export type RevokeResult = 'revoked' | 'already_revoked' | 'not_found';

export type RotateResult = { outcome: 'rotated'; key: ApiKeyEntity } | { outcome: 'revoked' | 'not_found' | 'bootstrap' };

export type BootstrapAdminResult =
  | { outcome: 'created' | 'rotated'; id: string }
  | { outcome: 'unchanged'; id: string; revoked: boolean };

/** The api_keys table; the only code that speaks TypeORM for API keys. */
@Injectable()
export class ApiKeyRepository {
  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  /**
   * Unrevoked keys stored under a prefix (normally one; prefixes are random, not unique).
   * Every request runs it, so it is one plain statement: a repository `find` builds its SQL
   * and entities through the query builder each time, ~2–3× the CPU (docs/benchmarks.md).
   */
  async findActiveByPrefix(keyPrefix: string): Promise<ActiveApiKey[]> {
    const rows: Array<{ id: string; name: string; role: Role; supplier_id: string | null; key_hash: string; last_used_at: Date | null }> = await this.keys.query(
      `SELECT id, name, role, supplier_id, key_hash, last_used_at FROM api_keys WHERE key_prefix = $1 AND revoked_at IS NULL`,
      [keyPrefix],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, supplierId: r.supplier_id, keyHash: r.key_hash, lastUsedAt: r.last_used_at }));
  }

  findById(id: string): Promise<ApiKeyEntity | null> {
    return this.keys.findOne({ where: { id } });
  }

  list(): Promise<ApiKeyEntity[]> {
    return this.keys.find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async insert(key: NewApiKey): Promise<ApiKeyEntity> {
    const saved = await this.keys.save(this.keys.create({ ...key, revokedAt: null, lastUsedAt: null }));
    return saved;
  }

  async revoke(id: string): Promise<RevokeResult> {
    const result = await this.keys
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    if (result.affected) return 'revoked';
    return (await this.keys.exists({ where: { id } })) ? 'already_revoked' : 'not_found';
  }

  /**
   * Gives an active key new material in place (same id, name and role): the old key
   * stops working with this statement. The bootstrap admin key is refused (its value
   * comes from ADMIN_API_KEY and would come back at the next start).
   */
  async rotate(id: string, keyPrefix: string, keyHash: string): Promise<RotateResult> {
    const result = await this.keys
      .createQueryBuilder()
      .update()
      .set({ keyPrefix, keyHash, lastUsedAt: null })
      .where('id = :id AND revoked_at IS NULL AND name <> :bootstrap', { id, bootstrap: BOOTSTRAP_ADMIN_KEY_NAME })
      .execute();
    const row = await this.findById(id);
    if (!row) return { outcome: 'not_found' };
    if (result.affected) return { outcome: 'rotated', key: row };
    return { outcome: row.revokedAt ? 'revoked' : 'bootstrap' };
  }

  /** Records a use, at most once per `resolutionMs` per key so that reads stay cheap. */
  async touchLastUsed(id: string, resolutionMs: number): Promise<void> {
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where(`id = :id AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => :secs))`, {
        id,
        secs: resolutionMs / 1000,
      })
      .execute();
  }

  /**
   * Creates the bootstrap admin key, or gives it a new hash when ADMIN_API_KEY changed
   * (which also lifts a revocation). Safe when several API replicas start at once.
   */
  async upsertBootstrapAdmin(keyPrefix: string, keyHash: string): Promise<BootstrapAdminResult> {
    const rows: { id: string; inserted: boolean }[] = await this.keys.query(
      `INSERT INTO api_keys (name, role, key_prefix, key_hash)
       VALUES ($1, 'admin', $2, $3)
       ON CONFLICT (name) WHERE name = '${BOOTSTRAP_ADMIN_KEY_NAME}'
       DO UPDATE SET key_prefix = EXCLUDED.key_prefix, key_hash = EXCLUDED.key_hash,
                     role = 'admin', supplier_id = NULL, revoked_at = NULL
       WHERE api_keys.key_hash <> EXCLUDED.key_hash
       RETURNING id, (xmax = 0) AS inserted`,
      [BOOTSTRAP_ADMIN_KEY_NAME, keyPrefix, keyHash],
    );
    if (rows.length > 0) return { outcome: rows[0].inserted ? 'created' : 'rotated', id: rows[0].id };
    const existing = await this.keys.findOneOrFail({ where: { name: BOOTSTRAP_ADMIN_KEY_NAME } });
    return { outcome: 'unchanged', id: existing.id, revoked: existing.revokedAt !== null };
  }
}
