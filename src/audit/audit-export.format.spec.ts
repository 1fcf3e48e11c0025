import { CSV_COLUMNS, CSV_HEADER, csvField, negotiateFormat, toCsvRow, toNdjsonLine } from './audit-export.format';
import type { AuditEventRecord } from './audit-events.repository';

const event: AuditEventRecord = {
  claimId: 'c1',
  seq: 2,
  at: '2026-11-23T09:15:00.000Z',
  recordedAt: '2026-11-23T09:15:00.041Z',
  actor: { id: 'k1', name: '=HYPERLINK("x"), Maria', role: 'agent' },
  action: 'claim.noted',
  data: { text: 'line one\nline "two"' },
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
  globalPrevHash: 'c'.repeat(64),
  globalHash: 'd'.repeat(64),
  checkpoint: 'e'.repeat(64),
};

describe('negotiateFormat', () => {
  it('prefers ?format=, then Accept, then JSON', () => {
    expect(negotiateFormat('csv', 'application/x-ndjson')).toBe('csv');
    expect(negotiateFormat(undefined, 'text/csv;q=0.9, application/json')).toBe('csv');
    expect(negotiateFormat(undefined, 'application/x-ndjson')).toBe('ndjson');
    expect(negotiateFormat(undefined, 'application/ndjson')).toBe('ndjson');
    expect(negotiateFormat(undefined, '*/*')).toBe('json');
    expect(negotiateFormat(undefined, undefined)).toBe('json');
  });
});

describe('CSV', () => {
  it('has one header column per row field', () => {
    expect(CSV_HEADER).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(toCsvRow({ ...event, actor: { id: 'k1', name: 'Maria', role: 'agent' }, data: {} }).split(',')).toHaveLength(CSV_COLUMNS.length);
  });

  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField(-2)).toBe('-2');
    const row = toCsvRow(event);
    expect(row).toContain(`"'=HYPERLINK(""x""), Maria"`);
    expect(row).toContain('"{""text"":""line one\\nline \\""two\\""""}"');
    expect(row.endsWith('\r\n')).toBe(true);
  });
});

describe('NDJSON', () => {
  it('writes one JSON object per line, newlines inside escaped', () => {
    const line = toNdjsonLine(event);
    expect(line.split('\n')).toEqual([expect.any(String), '']);
    expect(JSON.parse(line)).toEqual(event);
  });
});
