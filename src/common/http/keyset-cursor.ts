/**
 * The opaque cursor of every keyset-paged list: the sort key of a page's last row (an
 * instant and an id) in base64url JSON. Clients pass `nextCursor` back as `cursor`.
 */
import { DomainError } from '../errors/domain-error';

export interface KeysetPosition {
  /** ISO instant of the last row */
  at: string;
  id: string;
}

export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

/** The position in a cursor this API handed out; a 400 for anything else. */
export function decodeKeysetCursor(cursor: string): KeysetPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && id.length > 0) return { at, id };
  } catch {
    // fall through
  }
  throw new DomainError('validation_failed', 'cursor is not one this API returned', { errors: [{ field: 'cursor', message: 'invalid cursor' }] });
}
