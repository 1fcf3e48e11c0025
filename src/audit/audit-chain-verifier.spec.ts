import { auditCheckpoint, auditEventHash, GENESIS_HASH, globalChainHash } from '../../domain/audit/audit-chain';
import { GlobalChainWalker, verifyClaimChain, type ChainRow } from './audit-chain-verifier';

/** A valid log: events of claims in the given order (claim ids), chained both ways. */
function log(claimOrder: string[]): ChainRow[] {
  const last = new Map<string, [number, string]>();
  let globalPrev = GENESIS_HASH;
  return claimOrder.map((claimId, i) => {
    const [seq, prevHash] = last.has(claimId) ? [last.get(claimId)![0] + 1, last.get(claimId)![1]] : [1, GENESIS_HASH];
    const fields = { claimId, seq, at: new Date(Date.UTC(2026, 10, 23, 10, i)).toISOString(), actor: { id: 'k1', name: 'Agent', role: 'agent' }, action: `claim.step${seq}`, data: { i } };
    const hash = auditEventHash(prevHash, fields);
    const globalHash = globalChainHash(globalPrev, hash);
    const row: ChainRow = { ...fields, prevHash, hash, globalPrevHash: globalPrev, globalHash };
    last.set(claimId, [seq, hash]);
    globalPrev = globalHash;
    return row;
  });
}
const ofClaim = (rows: ChainRow[], claimId: string) => rows.filter((r) => r.claimId === claimId);

function walk(rows: ChainRow[], anchor?: string, stored: ChainRow[] = rows) {
  const walker = new GlobalChainWalker(anchor);
  const breaks = rows.flatMap((row) =>
    walker.push(row, walker.needsPredecessor(row) ? stored.find((r) => r.claimId === row.claimId && r.seq === row.seq - 1)?.hash : undefined),
  );
  return { breaks, walker };
}

describe('verifyClaimChain', () => {
  const rows = log(['a', 'b', 'a', 'a', 'b']);

  it('accepts an intact chain, matching the read model', () => {
    expect(verifyClaimChain('a', ofClaim(rows, 'a'), 3)).toBeNull();
  });

  it('names an altered event by seq with the expected and found hash', () => {
    const a = ofClaim(rows, 'a').map((r) => (r.seq === 2 ? { ...r, data: { i: 99 } } : r));
    expect(verifyClaimChain('a', a)).toEqual({
      claimId: 'a',
      seq: 2,
      check: 'hash',
      expected: auditEventHash(a[1].prevHash, a[1]),
      found: a[1].hash,
      detail: expect.stringContaining('altered'),
    });
  });

  it('names a deleted event by the missing seq', () => {
    const a = ofClaim(rows, 'a').filter((r) => r.seq !== 2);
    expect(verifyClaimChain('a', a)).toMatchObject({ seq: 2, check: 'sequence', expected: 'seq 2', found: 'seq 3' });
  });

  it('names a re-linked event (prevHash changed) and a bad global hash', () => {
    const a = ofClaim(rows, 'a');
    expect(verifyClaimChain('a', [a[0], { ...a[1], prevHash: '1'.repeat(64) }])).toMatchObject({ seq: 2, check: 'prev_hash', expected: a[0].hash });
    expect(verifyClaimChain('a', [{ ...a[0], globalHash: 'f'.repeat(64) }])).toMatchObject({ seq: 1, check: 'global_hash' });
  });

  it('notices deleted tail events and a wholly deleted history against the read model', () => {
    expect(verifyClaimChain('a', ofClaim(rows, 'a').slice(0, 1), 3)).toMatchObject({ seq: 2, check: 'missing_events', found: 'events 1…1' });
    expect(verifyClaimChain('b', [], 2)).toMatchObject({ seq: 1, check: 'missing_events', found: 'no events' });
  });

  it('notices events appended beyond the read model (a forged but well-chained event)', () => {
    expect(verifyClaimChain('a', ofClaim(rows, 'a'), 2)).toMatchObject({ seq: 3, check: 'unexpected_events', found: 'events 1…3' });
  });
});

describe('GlobalChainWalker', () => {
  const rows = log(['a', 'b', 'c', 'a', 'b', 'c', 'a']);

  it('accepts an intact log, from the start or from an anchor inside it', () => {
    expect(walk(rows).breaks).toEqual([]);
    expect(walk(rows).walker.claimsSeen).toBe(3);
    expect(walk(rows.slice(3), rows[2].globalHash, rows).breaks).toEqual([]);
  });

  it('notices a whole claim deleted from the log, at the next event', () => {
    const withoutB = rows.filter((r) => r.claimId !== 'b');
    const { breaks } = walk(withoutB);
    expect(breaks[0]).toEqual({
      claimId: 'c',
      seq: 1,
      check: 'global_prev_hash',
      expected: rows[0].globalHash,
      found: rows[2].globalPrevHash,
      detail: expect.stringContaining('deleted'),
    });
  });

  it('notices an altered event and an event missing inside a claim', () => {
    const altered = rows.map((r, i) => (i === 3 ? { ...r, action: 'claim.forged' } : r));
    expect(walk(altered).breaks).toEqual([expect.objectContaining({ claimId: 'a', seq: 2, check: 'hash' })]);
    const missing = rows.filter((_, i) => i !== 3);
    expect(walk(missing).breaks.map((b) => [b.claimId, b.seq, b.check])).toEqual([
      ['b', 2, 'global_prev_hash'],
      ['a', 2, 'sequence'],
    ]);
  });

  it('notices an inserted event', () => {
    const forged = { ...rows[1], seq: 2, claimId: 'a', globalPrevHash: rows[1].globalHash, globalHash: 'e'.repeat(64) };
    const { breaks } = walk([...rows.slice(0, 2), forged, ...rows.slice(2)]);
    expect(breaks[0]).toMatchObject({ claimId: 'a', seq: 2 });
    expect(breaks.some((b) => b.claimId === 'c' && b.check === 'global_prev_hash')).toBe(true);
  });
});

describe('signed checkpoints', () => {
  const KEY = 'k'.repeat(32);
  /** positions 1…n; events from `signedFrom` on carry their checkpoint */
  const signed = (signedFrom: number) =>
    log(['a', 'a', 'a', 'a']).map((r, i) => ({ ...r, position: String(i + 1), checkpoint: i + 1 >= signedFrom ? auditCheckpoint(KEY, r.globalHash) : null }));
  const rule = { key: KEY, signedFrom: '2' };

  it('accepts unsigned events before the first signed one and signed ones after it', () => {
    expect(verifyClaimChain('a', signed(2), 4, rule)).toBeNull();
  });

  it('flags an event after the first signed one that carries no checkpoint, or a checkpoint made without the key', () => {
    const missing = signed(2).map((r) => (r.seq === 4 ? { ...r, checkpoint: null } : r));
    expect(verifyClaimChain('a', missing, 4, rule)).toMatchObject({ seq: 4, check: 'checkpoint', found: 'none' });
    const forged = signed(2).map((r) => (r.seq === 3 ? { ...r, checkpoint: auditCheckpoint('another key of 32 characters!!!!', r.globalHash) } : r));
    expect(verifyClaimChain('a', forged, 4, rule)).toMatchObject({ seq: 3, check: 'checkpoint', expected: auditCheckpoint(KEY, forged[2].globalHash) });
    const walker = new GlobalChainWalker(GENESIS_HASH, rule);
    expect(forged.flatMap((r) => walker.push(r))).toEqual([expect.objectContaining({ seq: 3, check: 'checkpoint' })]);
  });

  it('checks nothing about checkpoints without a rule (no key)', () => {
    const missing = signed(2).map((r) => ({ ...r, checkpoint: null }));
    expect(verifyClaimChain('a', missing, 4)).toBeNull();
  });
});
