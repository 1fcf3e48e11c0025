/**
 * Wire formats of an audit export: JSON (one page), NDJSON and CSV (streamed). Pure.
 */
import type { AuditEventRecord } from './audit-events.repository';

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The format asked for: `?format=` wins, else the first of the Accept header's types
 * that we serve (ignoring q-values), else JSON.
 */
export function negotiateFormat(format: ExportFormat | undefined, accept: string | undefined): ExportFormat {
  if (format) return format;
  for (const part of (accept ?? '').split(',')) {
    const type = part.split(';')[0].trim().toLowerCase();
    if (type === 'application/x-ndjson' || type === 'application/ndjson') return 'ndjson';
    if (type === 'text/csv') return 'csv';
    if (type === 'application/json') return 'json';
  }
  return 'json';
}

export const CSV_COLUMNS = [
  'claim_id',
  'seq',
  'occurred_at',
  'recorded_at',
  'actor_id',
  'actor_name',
  'actor_role',
  'action',
  'data',
  'prev_hash',
  'hash',
  'global_prev_hash',
  'global_hash',
  'checkpoint',
] as const;

export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (starting with
 * = + - @ or a control character) gets a leading apostrophe (OWASP CSV injection).
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsvRow(e: AuditEventRecord): string {
  return (
    [
      e.claimId,
      e.seq,
      e.at,
      e.recordedAt,
      e.actor.id,
      e.actor.name,
      e.actor.role,
      e.action,
      JSON.stringify(e.data),
      e.prevHash,
      e.hash,
      e.globalPrevHash,
      e.globalHash,
      e.checkpoint ?? '',
    ]
      .map(csvField)
      .join(',') + '\r\n'
  );
}

export function toNdjsonLine(e: AuditEventRecord): string {
  return `${JSON.stringify(e)}\n`;
}
