import { createHash, createHmac } from 'node:crypto';
import type { Actor } from '../claim.types';

/** prev_hash of a claim's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEventFields {
  claimId: string;
  seq: number;
  /** ISO time */
  at: string;
  actor: Actor;
  action: string;
  data: unknown;
}

/** JSON with object keys sorted at every level, so that jsonb round-trips hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash = sha256(prev_hash "\n" canonical event). */
export function auditEventHash(prevHash: string, event: ChainedEventFields): string {
  const body = canonicalJson({
    claimId: event.claimId,
    seq: event.seq,
    at: new Date(event.at).toISOString(),
    actor: { id: event.actor.id, name: event.actor.name, role: event.actor.role },
    action: event.action,
    data: event.data,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * The global chain over the whole log in insertion order:
 * global_hash = sha256(global_prev_hash "\n" hash of the event); the first event's
 * global_prev_hash is GENESIS_HASH. (The same formula as migration 1763900100000.)
 */
export function globalChainHash(globalPrevHash: string, eventHash: string): string {
  return createHash('sha256').update(`${globalPrevHash}\n${eventHash}`, 'utf8').digest('hex');
}

/**
 * The signed checkpoint of an event: HMAC-SHA256 of its global hash under
 * AUDIT_CHECKPOINT_KEY, a key the database never holds. Since the global hash chains every
 * earlier event, each checkpoint vouches for the whole log up to its event.
 */
export function auditCheckpoint(key: string, globalHash: string): string {
  return createHmac('sha256', key).update(globalHash, 'utf8').digest('hex');
}
