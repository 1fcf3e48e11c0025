import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { Role } from '../auth/auth.types';
import { DomainError } from '../common/errors/domain-error';
import { redactAuditData } from '../privacy/personal-data.policy';
import { CONTENT_TYPES, CSV_HEADER, toCsvRow, toNdjsonLine, type ExportFormat } from './audit-export.format';
import { AuditEventsRepository, type AuditEventFilter, type AuditEventRecord, type PositionedAuditEvent } from './audit-events.repository';

/** Rows per database round trip while streaming. */
export const EXPORT_BATCH_SIZE = 1000;

const MAX_BIGINT = 9223372036854775807n;

export function encodeEventCursor(position: string): string {
  return Buffer.from(position, 'utf8').toString('base64url');
}

export function decodeEventCursor(cursor: string): string {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{1,19}$/.test(position) || BigInt(position) > MAX_BIGINT) {
    throw new DomainError('validation_failed', 'The request has an invalid field: cursor.', {
      errors: [{ field: 'cursor', message: 'cursor must be a nextCursor value this API returned' }],
    });
  }
  return position;
}

/** Use case: the auditor's event queries — one JSON page, or a streamed NDJSON / CSV export. */
@Injectable()
export class AuditExportService {
  constructor(private readonly events: AuditEventsRepository) {}

  /** An event as `role` may see it (personal data redacted), without its log position. */
  static present(event: PositionedAuditEvent, role: Role): AuditEventRecord {
    const { position: _position, ...record } = event;
    return { ...record, data: redactAuditData(record.data, role) };
  }

  async page(filter: AuditEventFilter, limit: number, role: Role): Promise<{ items: AuditEventRecord[]; nextCursor: string | null }> {
    const rows = await this.events.page(filter, limit + 1);
    const page = rows.slice(0, limit);
    return {
      items: page.map((e) => AuditExportService.present(e, role)),
      nextCursor: rows.length > limit ? encodeEventCursor(page[page.length - 1].position) : null,
    };
  }

  /**
   * Streams every matching event to `res`, one database batch at a time, waiting for
   * the socket to drain whenever its buffer is full: memory stays flat for any size.
   * Stops reading when the client goes away.
   */
  async stream(filter: AuditEventFilter, format: Exclude<ExportFormat, 'json'>, role: Role, res: Response): Promise<void> {
    let closed = false;
    res.once('close', () => (closed = true));
    const toLine = format === 'csv' ? toCsvRow : toNdjsonLine;
    const iterator = this.events.batches(filter, EXPORT_BATCH_SIZE);
    // the first batch is read before the status goes out, so a database error is still a clean 5xx
    let next = await iterator.next();
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="audit-events.${format}"`);
    if (format === 'csv') res.write(CSV_HEADER);
    while (!next.done && !closed) {
      const chunk = next.value.map((e) => toLine(AuditExportService.present(e, role))).join('');
      if (!res.write(chunk) && !closed) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      next = await iterator.next();
    }
    if (!closed) res.end();
    else await iterator.return(undefined);
  }
}
