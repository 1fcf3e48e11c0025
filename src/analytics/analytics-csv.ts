/**
 * The analytics summary as CSV: a `section,key,value` header, then one row per figure,
 * in the order of the JSON answer. `section` is the figure's JSON path without its last
 * name (`survey.nps`), `key` that name (`score`); a breakdown's groups are rows of their
 * own (`claims.byChannel,hotline,27`; `statutoryDeadline.penalties,RUB,16998`). An empty
 * value is a null (nothing to measure). RFC 4180 quoting, CRLF line ends. Pure.
 */
import { csvField } from '../audit/audit-export.format';
import type { SummaryFormat } from './dto/analytics-summary.query';
import type { AnalyticsSummaryDto } from './dto/analytics-summary.dto';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const CSV_HEADER = 'section,key,value';

export type CsvRow = [section: string, key: string, value: string | number | null];

function isKeyCount(item: unknown): item is { key: string; count: number } {
  return typeof item === 'object' && item !== null && 'key' in item && 'count' in item;
}

function isPenalty(item: unknown): item is { currency: string; amount: number } {
  return typeof item === 'object' && item !== null && 'currency' in item && 'amount' in item;
}

function flatten(section: string, value: unknown, rows: CsvRow[]): void {
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    const path = section ? `${section}.${name}` : name;
    if (Array.isArray(v)) {
      for (const item of v) {
        if (isKeyCount(item)) rows.push([path, item.key, item.count]);
        else if (isPenalty(item)) rows.push([path, item.currency, item.amount]);
        else throw new Error(`analytics CSV: no row shape for an item of ${path}`);
      }
    } else if (v !== null && typeof v === 'object') {
      flatten(path, v, rows);
    } else {
      rows.push([section, name, v as string | number | null]);
    }
  }
}

/** The summary's rows, header not included. */
export function summaryCsvRows(summary: AnalyticsSummaryDto): CsvRow[] {
  const rows: CsvRow[] = [];
  flatten('', summary, rows);
  return rows;
}

export function summaryToCsv(summary: AnalyticsSummaryDto): string {
  const lines = summaryCsvRows(summary).map(([section, key, value]) =>
    [csvField(section), csvField(key), value === null ? '' : csvField(value)].join(','),
  );
  return [CSV_HEADER, ...lines].join('\r\n') + '\r\n';
}

/**
 * `?format=` wins; else CSV when the Accept header names text/csv before
 * application/json (q-values ignored); else JSON.
 */
export function summaryFormat(format: SummaryFormat | undefined, accept: string | undefined): SummaryFormat {
  if (format) return format;
  for (const part of (accept ?? '').split(',')) {
    const type = part.split(';')[0].trim().toLowerCase();
    if (type === 'text/csv') return 'csv';
    if (type === 'application/json') return 'json';
  }
  return 'json';
}
