import { escapeLiteral } from 'pg';
import { inlined, quoted } from './two-trip-transaction';

describe('inlined: a statement\'s parameters written as literals', () => {
  it('writes each kind of value as pg would send it as a parameter', () => {
    const sql = inlined({
      sql: 'SELECT $1, $2, $3, $4, $5, $6::uuid[], $7::jsonb',
      params: ['plain', 42, true, null, undefined, ['a1', 'b2'], { note: 'x' }],
    });
    expect(sql).toBe(`SELECT 'plain', '42', 'true', NULL, NULL, '{"a1","b2"}'::uuid[], '{"note":"x"}'::jsonb`);
  });

  it('doubles quotes and writes a value with backslashes as an escape string', () => {
    expect(inlined({ sql: 'SELECT $1', params: ["it's"] })).toBe(`SELECT 'it''s'`);
    expect(inlined({ sql: 'SELECT $1', params: ['a\\b'] })).toBe(`SELECT  E'a\\\\b'`);
  });

  it('tells $1 from $10, and leaves a dollar inside a value alone', () => {
    const params = ['$2', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    expect(inlined({ sql: 'SELECT $10, $1', params })).toBe(`SELECT 'ten', '$2'`);
  });

  it('refuses a NUL character, a binary value and a parameter it was not given', () => {
    expect(() => inlined({ sql: 'SELECT $1', params: ['a\u0000b'] })).toThrow(/NUL/);
    expect(() => inlined({ sql: 'SELECT $1', params: [Buffer.from('x')] })).toThrow(/binary/);
    expect(() => inlined({ sql: 'SELECT $1, $2', params: ['only one'] })).toThrow(/\$2 but has 1 parameters/);
  });
});

describe('quoted: a string constant as pg\'s escapeLiteral writes it', () => {
  it('gives pg\'s text for quotes, backslashes, both, neither, and random strings of them', () => {
    const alphabet = ["'", '\\', 'a', '"', '$', '\n', 'é', '🛠'];
    const strings = ['', 'plain', "it's", 'a\\b', "'\\'", '\\\\', "''", JSON.stringify({ note: "it's a \\ \"quote\"" })];
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      let text = '';
      for (let j = 0; j < i % 17; j++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      strings.push(text);
    }
    for (const text of strings) expect(quoted(text)).toBe(escapeLiteral(text));
  });
});
