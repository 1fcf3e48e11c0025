import { auditEventHash, canonicalJson, GENESIS_HASH } from './audit-chain';

const event = {
  claimId: 'c1',
  seq: 1,
  at: '2026-11-23T10:00:00.000Z',
  actor: { id: 'k1', name: 'Agent', role: 'agent' },
  action: 'claim.received',
  data: { b: 1, a: { d: [1, { z: 2, y: 1 }], c: 'x' } },
};

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: undefined, b: [3, { y: 1, x: 0 }] } })).toBe(
      '{"a":{"b":[3,{"x":0,"y":1}],"d":2},"b":1}',
    );
  });
});

describe('auditEventHash', () => {
  it('is stable across key order (as after a jsonb round-trip)', () => {
    const reordered = { ...event, data: { a: { c: 'x', d: [1, { y: 1, z: 2 }] }, b: 1 } };
    expect(auditEventHash(GENESIS_HASH, reordered)).toBe(auditEventHash(GENESIS_HASH, event));
  });

  it('changes when any field or the previous hash changes', () => {
    const base = auditEventHash(GENESIS_HASH, event);
    expect(auditEventHash('1'.repeat(64), event)).not.toBe(base);
    expect(auditEventHash(GENESIS_HASH, { ...event, seq: 2 })).not.toBe(base);
    expect(auditEventHash(GENESIS_HASH, { ...event, data: { ...event.data, b: 2 } })).not.toBe(base);
    expect(auditEventHash(GENESIS_HASH, { ...event, actor: { ...event.actor, role: 'admin' } })).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
