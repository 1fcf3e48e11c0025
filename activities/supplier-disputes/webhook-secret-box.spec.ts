import { randomBytes } from 'node:crypto';
import { WebhookSecretBox } from './webhook-secret-box';

const key = () => randomBytes(32);

describe('webhook secret box', () => {
  const keys = { keys: new Map([['k1', key()]]), currentKeyId: 'k1' };
  const box = new WebhookSecretBox(keys);

  it('seals a secret so that the stored form does not contain it, and opens it again', () => {
    const sealed = box.seal('fabrika-yug', 'whsec_0123456789abcdef');
    expect(sealed).toMatch(/^enc:v1:k1:[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain('whsec_0123456789abcdef');
    expect(box.seal('fabrika-yug', 'whsec_0123456789abcdef')).not.toBe(sealed); // a fresh IV each time
    expect(box.open('fabrika-yug', sealed)).toBe('whsec_0123456789abcdef');
  });

  it('refuses a sealed secret moved to another supplier, altered, or sealed with a key no longer listed', () => {
    const sealed = box.seal('fabrika-yug', 'whsec_abc');
    expect(() => box.open('fabrika-sever', sealed)).toThrow(/does not open/);
    const altered = sealed.slice(0, -6) + (sealed.endsWith('AAAA==') ? 'BBBB==' : 'AAAA==');
    expect(() => box.open('fabrika-yug', altered)).toThrow(/does not open/);
    const rotated = new WebhookSecretBox({ keys: new Map([['k2', key()]]), currentKeyId: 'k2' });
    expect(() => rotated.open('fabrika-yug', sealed)).toThrow(/key "k1", which PAYLOAD_CODEC_KEYS does not list/);
  });

  it('opens secrets after a rotation as long as the old key is listed; stores clear without keys; reads clear legacy values', () => {
    const sealed = box.seal('s', 'old-secret');
    const both = new WebhookSecretBox({ keys: new Map([...keys.keys, ['k2', key()]]), currentKeyId: 'k2' });
    expect(both.open('s', sealed)).toBe('old-secret');
    expect(both.seal('s', 'x')).toMatch(/^enc:v1:k2:/);
    expect(new WebhookSecretBox().seal('s', 'plain')).toBe('plain');
    expect(box.open('s', 'legacy-clear-secret')).toBe('legacy-clear-secret');
  });
});
