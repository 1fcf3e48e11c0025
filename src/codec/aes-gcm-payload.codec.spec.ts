import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING, PayloadDecryptionError } from './aes-gcm-payload.codec';
import { generatePayloadCodecKeyEntry, parsePayloadCodecKeys, type PayloadCodecKeys } from './payload-codec-keys';

function keys(text: string, current?: string): PayloadCodecKeys {
  const parsed = parsePayloadCodecKeys(text, current);
  if (!('value' in parsed)) throw new Error(parsed.problems.join('; '));
  return parsed.value;
}

const k1 = generatePayloadCodecKeyEntry('k1');
const k2 = generatePayloadCodecKeyEntry('k2');
const customer = { name: 'Анна Петрова', phone: '+79161234567', email: 'anna@example.com' };
const plain = (): Payload => defaultPayloadConverter.toPayload(customer) as Payload;
const str = (b?: Uint8Array | null) => Buffer.from(b ?? []).toString('utf8');

describe('AesGcmPayloadCodec', () => {
  it('encrypts with the current key, names it in the metadata, and round-trips', async () => {
    const codec = new AesGcmPayloadCodec(keys(`${k1},${k2}`, 'k2'));
    const [encoded] = await codec.encode([plain()]);
    expect(str(encoded.metadata?.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(str(encoded.metadata?.['encryption-key-id'])).toBe('k2');
    expect(str(encoded.data)).not.toContain('anna@example.com');
    expect(str(encoded.data)).not.toContain('79161234567');
    const [decoded] = await codec.decode([encoded]);
    expect(defaultPayloadConverter.fromPayload(decoded)).toEqual(customer);
  });

  it('uses a fresh IV every time', async () => {
    const codec = new AesGcmPayloadCodec(keys(k1));
    const [a, b] = await codec.encode([plain(), plain()]);
    expect(Buffer.from(a.data!).equals(Buffer.from(b.data!))).toBe(false);
  });

  it('after a rotation, decodes old payloads with their own key and encodes new ones with the new key', async () => {
    const before = new AesGcmPayloadCodec(keys(k1));
    const [old] = await before.encode([plain()]);
    const after = new AesGcmPayloadCodec(keys(`${k1},${k2}`, 'k2'));
    expect(defaultPayloadConverter.fromPayload((await after.decode([old]))[0])).toEqual(customer);
    const [fresh] = await after.encode([plain()]);
    expect(str(fresh.metadata?.['encryption-key-id'])).toBe('k2');
    await expect(before.decode([fresh])).rejects.toThrow(PayloadDecryptionError);
  });

  it('refuses altered data and a relabelled key id', async () => {
    const codec = new AesGcmPayloadCodec(keys(`${k1},${k2}`, 'k1'));
    const [encoded] = await codec.encode([plain()]);
    const altered = Buffer.from(encoded.data!);
    altered[20] ^= 1;
    await expect(codec.decode([{ ...encoded, data: altered }])).rejects.toThrow(/failed authentication/);
    const relabelled = { ...encoded, metadata: { ...encoded.metadata, 'encryption-key-id': new TextEncoder().encode('k2') } };
    await expect(codec.decode([relabelled])).rejects.toThrow(/failed authentication/);
    await expect(codec.decode([{ ...encoded, data: altered.subarray(0, 10) }])).rejects.toThrow(/truncated/);
  });

  it('passes unencrypted payloads (histories from before the codec) through', async () => {
    const codec = new AesGcmPayloadCodec(keys(k1));
    const p = plain();
    expect(await codec.decode([p])).toEqual([p]);
  });
});

describe('parsePayloadCodecKeys', () => {
  it('takes the last key as current by default', () => {
    expect(keys(`${k1}, ${k2}`).currentKeyId).toBe('k2');
    expect(keys(`${k1},${k2}`, 'k1').currentKeyId).toBe('k1');
  });

  it('reports every problem without echoing key material', () => {
    const result = parsePayloadCodecKeys('nokey,bad id:AAAA,k3:c2hvcnQ=,k1:x,' + k1 + ',' + k1, 'k9');
    expect('problems' in result && result.problems).toEqual([
      expect.stringMatching(/entry 1: must be "id:base64key"/),
      expect.stringMatching(/entry 2: must be "id:base64key"/),
      expect.stringMatching(/entry 3 \("k3"\): the key must be 32 bytes/),
      expect.stringMatching(/entry 4 \("k1"\): the key must be 32 bytes/),
      expect.stringMatching(/entry 6: key id "k1" is listed twice/),
    ]);
    expect(JSON.stringify(result)).not.toContain(k1.split(':')[1]);
  });

  it('refuses a current key id that is not listed, and an empty list', () => {
    expect(parsePayloadCodecKeys(k1, 'k2')).toEqual({ problems: [expect.stringMatching(/PAYLOAD_CODEC_KEY_ID: "k2" is not one/)] });
    expect(parsePayloadCodecKeys(' , ', undefined)).toEqual({ problems: [expect.stringMatching(/lists no key/)] });
  });
});
