import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ROLES, type Role } from './auth.types';

/** The one key whose secret comes from ADMIN_API_KEY; its name is reserved. */
export const BOOTSTRAP_ADMIN_KEY_NAME = 'bootstrap-admin';

/**
 * An API key. Only the SHA-256 of the key is stored; `keyPrefix` (the 8 characters
 * after `wce_`) finds the candidate rows and lets people tell keys apart.
 * Schema: migrations/1763900000100-api-keys.ts.
 */
@Entity({ name: 'api_keys' })
@Check('api_keys_role_check', `role IN (${ROLES.map((r) => `'${r}'`).join(', ')})`)
@Check('api_keys_supplier_binding_check', `(role = 'supplier') = (supplier_id IS NOT NULL)`)
@Index('api_keys_bootstrap_admin_key', ['name'], { unique: true, where: `name = '${BOOTSTRAP_ADMIN_KEY_NAME}'` })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'supplier_id', type: 'text', nullable: true })
  supplierId: string | null;

  @Index('api_keys_key_prefix_idx')
  @Column({ name: 'key_prefix', type: 'text' })
  keyPrefix: string;

  /** hex SHA-256 of the whole key */
  @Index('api_keys_key_hash_key', { unique: true })
  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
