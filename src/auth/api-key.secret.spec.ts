import { FREEFORM_KEY_PREFIX, generateApiKey, hashApiKey, hashesEqual, keyPrefixOf } from './api-key.secret';

describe('API key material', () => {
  it('generates wce_<8-char prefix>_<40-char secret> keys, stored as their SHA-256', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key).toMatch(/^wce_[0-9a-f]{8}_[0-9a-f]{40}$/);
    expect(key.slice(4, 12)).toBe(prefix);
    expect(hash).toBe(hashApiKey(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(require('node:crypto').createHash('sha256').update(key).digest('hex'));
  });

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('finds the prefix of a generated key, and a fixed one for a free-form bootstrap key', () => {
    const { key, prefix } = generateApiKey();
    expect(keyPrefixOf(key)).toBe(prefix);
    expect(keyPrefixOf('a-free-form-admin-key-of-24+chars')).toBe(FREEFORM_KEY_PREFIX);
    expect(keyPrefixOf('wce_short_x')).toBe(FREEFORM_KEY_PREFIX);
    expect(FREEFORM_KEY_PREFIX).not.toMatch(/^[0-9a-z]{8}$/);
  });

  it('compares hashes in constant time, refusing anything that is not a SHA-256 hex digest', () => {
    const a = hashApiKey('one');
    expect(hashesEqual(a, hashApiKey('one'))).toBe(true);
    expect(hashesEqual(a, hashApiKey('two'))).toBe(false);
    expect(hashesEqual(a, a.slice(0, 62))).toBe(false);
    expect(hashesEqual('', '')).toBe(false);
  });
});
