/**
 * Recomputes the audit log's two hash chains and names the first broken link. Pure:
 * the verification service feeds it rows read from PostgreSQL.
 *
 *  - per claim: seq 1, 2, 3… without gaps; each prevHash is the previous event's hash
 *    (GENESIS_HASH for seq 1); each hash is the recomputed hash of the event;
 *  - global: in insertion order, each globalPrevHash is the previous row's globalHash and
 *    each globalHash = sha256(globalPrevHash "\n" hash);
 *  - against the read model (written in the same transaction as the events): a claim
 *    whose read-model version is beyond its last event has lost events (e.g. its whole
 *    history was deleted); one whose log goes beyond its version has events the
 *    application never wrote (appended behind its back).
 */
import { auditCheckpoint, auditEventHash, GENESIS_HASH, globalChainHash, type ChainedEventFields } from '../../domain/audit/audit-chain';

export interface ChainRow extends ChainedEventFields {
  prevHash: string;
  hash: string;
  globalPrevHash: string;
  globalHash: string;
  /** position in the whole log (audit_events.id as text) */
  position?: string;
  /** HMAC of globalHash under the checkpoint key; null/undefined when the event has none */
  checkpoint?: string | null;
}

/**
 * How checkpoints are checked: `key` is AUDIT_CHECKPOINT_KEY; every event at or after
 * `signedFrom` (the first signed event's position) must carry a checkpoint that verifies.
 */
export interface CheckpointRule {
  key: string;
  signedFrom: string | null;
}

export type BrokenLinkCheck =
  | 'sequence'
  | 'prev_hash'
  | 'hash'
  | 'global_prev_hash'
  | 'global_hash'
  | 'missing_events'
  | 'unexpected_events'
  | 'checkpoint';

export interface BrokenLink {
  claimId: string;
  /** the seq where the chain breaks (for a missing event: the seq that should be there) */
  seq: number;
  check: BrokenLinkCheck;
  expected: string;
  found: string;
  detail: string;
}

/** The per-claim chain of one claim's events (in seq order); null when it holds. */
export function verifyClaimChain(claimId: string, rows: ChainRow[], readModelVersion?: number, checkpoints?: CheckpointRule): BrokenLink | null {
  let expectedSeq = 1;
  let expectedPrev = GENESIS_HASH;
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      return {
        claimId,
        seq: expectedSeq,
        check: 'sequence',
        expected: `seq ${expectedSeq}`,
        found: `seq ${row.seq}`,
        detail: row.seq > expectedSeq ? `event ${expectedSeq} of the claim is missing` : `event ${row.seq} appears twice`,
      };
    }
    const broken = verifyRow(row, expectedPrev, checkpoints);
    if (broken) return broken;
    expectedSeq += 1;
    expectedPrev = row.hash;
  }
  const lastSeq = expectedSeq - 1;
  if (readModelVersion !== undefined && readModelVersion !== lastSeq) return outOfStep(claimId, lastSeq, readModelVersion);
  return null;
}

/** A claim whose read model says it has `version` events but whose log ends at `lastSeq`. */
export function outOfStep(claimId: string, lastSeq: number, version: number): BrokenLink {
  if (lastSeq > version) {
    return {
      claimId,
      seq: version + 1,
      check: 'unexpected_events',
      expected: `events 1…${version} (the claim's read model is at version ${version})`,
      found: `events 1…${lastSeq}`,
      detail: `events ${version + 1}…${lastSeq} were not written by the application (its read model never saw them)`,
    };
  }
  return {
    claimId,
    seq: lastSeq + 1,
    check: 'missing_events',
    expected: `events 1…${version} (the claim's read model is at version ${version})`,
    found: lastSeq === 0 ? 'no events' : `events 1…${lastSeq}`,
    detail: `events ${lastSeq + 1}…${version} of the claim are missing from the audit log`,
  };
}

/** One row against its expected predecessor hash: prev link, content hash, own global link. */
export function verifyRow(row: ChainRow, expectedPrev: string, checkpoints?: CheckpointRule): BrokenLink | null {
  const at = { claimId: row.claimId, seq: row.seq };
  if (row.prevHash !== expectedPrev) {
    return { ...at, check: 'prev_hash', expected: expectedPrev, found: row.prevHash, detail: 'prevHash is not the previous event\'s hash' };
  }
  const recomputed = auditEventHash(row.prevHash, row);
  if (recomputed !== row.hash) {
    return { ...at, check: 'hash', expected: recomputed, found: row.hash, detail: 'the event\'s content does not match its hash (altered)' };
  }
  const global = globalChainHash(row.globalPrevHash, row.hash);
  if (global !== row.globalHash) {
    return { ...at, check: 'global_hash', expected: global, found: row.globalHash, detail: 'globalHash does not match globalPrevHash and hash' };
  }
  return checkpoints ? verifyCheckpoint(row, checkpoints) : null;
}

/** The event's signed checkpoint, when events from its position on must carry one. */
export function verifyCheckpoint(row: ChainRow, rule: CheckpointRule): BrokenLink | null {
  const at = { claimId: row.claimId, seq: row.seq, check: 'checkpoint' as const };
  const mustBeSigned = rule.signedFrom !== null && row.position !== undefined && BigInt(row.position) >= BigInt(rule.signedFrom);
  if (!row.checkpoint) {
    if (!mustBeSigned) return null;
    return {
      ...at,
      expected: 'a signed checkpoint',
      found: 'none',
      detail: 'the event carries no checkpoint although every event since the first signed one does: the application did not write it',
    };
  }
  const expected = auditCheckpoint(rule.key, row.globalHash);
  if (expected === row.checkpoint) return null;
  return {
    ...at,
    expected,
    found: row.checkpoint,
    detail: 'the checkpoint does not verify under the audit checkpoint key: the application did not write this event (or AUDIT_CHECKPOINT_KEY changed)',
  };
}

/**
 * Walks the global chain in insertion order, fed one row at a time. The per-claim links
 * are checked too, for which it asks `previousOf` — the claim's stored predecessor hash,
 * known to the caller for claims whose earlier events lie before the walked range.
 */
export class GlobalChainWalker {
  private expectedGlobalPrev: string;
  /** claimId → [last seq, last hash] seen in the walk */
  private readonly claims = new Map<string, [number, string]>();
  eventsChecked = 0;

  /**
   * @param anchor globalHash of the row just before the walked range (GENESIS_HASH from the start)
   * @param checkpoints how to check signed checkpoints; unchecked when absent
   */
  constructor(
    anchor: string = GENESIS_HASH,
    private readonly checkpoints?: CheckpointRule,
  ) {
    this.expectedGlobalPrev = anchor;
  }

  get claimsSeen(): number {
    return this.claims.size;
  }

  /** Claims met first at a seq above 1: their predecessor lies before the range. */
  needsPredecessor(row: ChainRow): boolean {
    return row.seq > 1 && !this.claims.has(row.claimId);
  }

  /**
   * Checks one row; `predecessorHash` is the stored hash of (claimId, seq − 1) when the
   * claim was not seen yet in this walk (undefined: no such event exists).
   */
  push(row: ChainRow, predecessorHash?: string): BrokenLink[] {
    this.eventsChecked += 1;
    const broken: BrokenLink[] = [];
    if (row.globalPrevHash !== this.expectedGlobalPrev) {
      broken.push({
        claimId: row.claimId,
        seq: row.seq,
        check: 'global_prev_hash',
        expected: this.expectedGlobalPrev,
        found: row.globalPrevHash,
        detail: 'the global chain breaks before this event: an earlier event was deleted, inserted or altered',
      });
    }
    this.expectedGlobalPrev = row.globalHash;

    const seen = this.claims.get(row.claimId);
    let expectedSeq: number;
    let expectedPrev: string | undefined;
    if (seen) [expectedSeq, expectedPrev] = [seen[0] + 1, seen[1]];
    else if (row.seq === 1) [expectedSeq, expectedPrev] = [1, GENESIS_HASH];
    else [expectedSeq, expectedPrev] = [row.seq, predecessorHash];
    this.claims.set(row.claimId, [row.seq, row.hash]);

    if (row.seq !== expectedSeq || expectedPrev === undefined) {
      const missing = expectedPrev === undefined ? row.seq - 1 : expectedSeq;
      broken.push({
        claimId: row.claimId,
        seq: missing,
        check: 'sequence',
        expected: `seq ${missing}`,
        found: expectedPrev === undefined ? 'no such event' : `seq ${row.seq}`,
        detail: `event ${missing} of the claim is missing`,
      });
      return broken;
    }
    const rowBroken = verifyRow(row, expectedPrev, this.checkpoints);
    if (rowBroken) broken.push(rowBroken);
    return broken;
  }
}
