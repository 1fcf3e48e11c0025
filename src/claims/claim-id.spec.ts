import { claimIdFor, isClaimId, isClaimNumber, uuidFromKey } from './claim-id';

describe('claimIdFor', () => {
  it('derives the same id from the same channel and external reference, whatever the key', () => {
    const a = claimIdFor({ channel: 'email', externalRef: 'msg-1' });
    const b = claimIdFor({ channel: 'email', externalRef: 'msg-1' });
    expect(a).toBe(b);
    expect(claimIdFor({ channel: 'hotline', externalRef: 'msg-1' })).not.toBe(a);
  });

  it('is random without business keys', () => {
    expect(claimIdFor({ channel: 'email' })).not.toBe(claimIdFor({ channel: 'email' }));
  });

  it('yields UUID-shaped ids (version 8, RFC variant)', () => {
    const id = uuidFromKey('x');
    expect(isClaimId(id)).toBe(true);
    expect(id[14]).toBe('8');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });
});

describe('isClaimNumber', () => {
  it('accepts readable claim numbers only', () => {
    expect(isClaimNumber('CL-2026-000123')).toBe(true);
    expect(isClaimNumber('CL-2026-1234567')).toBe(true);
    expect(isClaimNumber('CL-26-000123')).toBe(false);
    expect(isClaimNumber('cl-2026-000123')).toBe(false);
  });
});
