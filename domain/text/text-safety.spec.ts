import { REPLACEMENT_CHARACTER, storableText, unsafeTextFields } from './text-safety';

describe('text safety', () => {
  const hi = '\uD83D';
  const lo = '\uDE00';

  it('finds NUL and unpaired surrogates anywhere, by path, and accepts paired ones', () => {
    const body = {
      description: `ok ${hi}${lo} emoji`,
      notes: 'a\u0000b',
      customer: { name: `x${hi}` },
      attachments: ['fine', `${lo}y`],
      [`k\u0000`]: 1,
    };
    expect(unsafeTextFields(body)).toEqual([
      { field: 'notes', reason: 'unsafe_text' },
      { field: 'customer.name', reason: 'unsafe_text' },
      { field: 'attachments[1]', reason: 'unsafe_text' },
      { field: `k${REPLACEMENT_CHARACTER}`, reason: 'unsafe_text' },
    ]);
    expect(unsafeTextFields({ a: [1, true, null, 'é', `${hi}${lo}`] })).toEqual([]);
    expect(unsafeTextFields('q\u0000')).toEqual([{ field: '', reason: 'unsafe_text' }]);
  });

  it('stops at the depth limit instead of recursing without end', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(unsafeTextFields({ a: deep })).toEqual([{ field: `a${'[0]'.repeat(31)}`, reason: 'too_deep' }]);
    expect(unsafeTextFields({ a: { b: 'c' } }, 2)).toEqual([]);
    expect(unsafeTextFields({ a: { b: { c: 'd' } } }, 2)).toEqual([{ field: 'a.b', reason: 'too_deep' }]);
  });

  it('makes text storable: each unsafe character becomes U+FFFD, the rest is kept', () => {
    const input = { seq: 3, data: { note: `a\u0000b${hi}c`, list: ['x', `${lo}`], ok: 'fine' }, at: '2026-01-01' };
    const { value, replaced } = storableText(input);
    expect(replaced).toBe(3);
    expect(value).toEqual({ seq: 3, data: { note: 'a\uFFFDb\uFFFDc', list: ['x', '\uFFFD'], ok: 'fine' }, at: '2026-01-01' });
    expect(unsafeTextFields(value)).toEqual([]);
    expect(input.data.note).toBe(`a\u0000b${hi}c`); // the input is not changed
  });

  it('returns clean values as they are', () => {
    const clean = { a: ['b', { c: 'd' }], e: 1 };
    const { value, replaced } = storableText(clean);
    expect(value).toBe(clean);
    expect(replaced).toBe(0);
  });
});
