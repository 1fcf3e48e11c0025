import { parseJsonPayloads, toJsonPayload } from './codec-payloads';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('remote codec JSON', () => {
  it('round-trips the Temporal remote-codec shape', () => {
    const body = { payloads: [{ metadata: { encoding: b64('json/plain') }, data: b64('{"a":1}') }] };
    const parsed = parseJsonPayloads(body);
    if (!('payloads' in parsed)) throw new Error('expected payloads');
    expect(Buffer.from(parsed.payloads[0].data!).toString()).toBe('{"a":1}');
    expect(parsed.payloads.map(toJsonPayload)).toEqual(body.payloads);
    expect(parseJsonPayloads({ payloads: [] })).toEqual({ payloads: [] });
  });

  it('names each invalid field', () => {
    expect(parseJsonPayloads(null)).toEqual({ errors: [{ field: 'payloads', message: expect.any(String) }] });
    expect(parseJsonPayloads({ payloads: 'x' })).toEqual({ errors: [{ field: 'payloads', message: expect.any(String) }] });
    expect(parseJsonPayloads({ payloads: new Array(1001).fill({}) })).toEqual({ errors: [{ field: 'payloads', message: expect.stringMatching(/at most 1000/) }] });
    const result = parseJsonPayloads({ payloads: [7, { metadata: { encoding: 'not base64!' } }, { data: 'abc' }, { metadata: [] }] });
    expect('errors' in result && result.errors.map((e) => e.field)).toEqual([
      'payloads[0]',
      'payloads[1].metadata.encoding',
      'payloads[2].data',
      'payloads[3].metadata',
    ]);
  });
});
