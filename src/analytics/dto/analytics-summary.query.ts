/**
 * GET /analytics/summary query string. `from` / `to` filter on when a claim was received;
 * a date alone covers its whole UTC day (`from` from its first millisecond, `to` to its
 * last); date-times need an offset. Both are optional (an open end).
 */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsInstantNotBefore, IsIsoDateOrDateTime, OptionalField, UtcInstantFromQuery } from '../../common/validation/field.validators';

export const SUMMARY_FORMATS = ['json', 'csv'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

const DATE_DOC = { oneOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }] };

export class AnalyticsSummaryQueryDto {
  @ApiPropertyOptional({
    ...DATE_DOC,
    description: 'Only claims received at or after: a date (from the start of that UTC day) or a date-time with an offset',
    example: '2026-11-01',
  })
  @OptionalField()
  @UtcInstantFromQuery(false)
  @IsIsoDateOrDateTime()
  from?: string;

  @ApiPropertyOptional({
    ...DATE_DOC,
    description: 'Only claims received at or before: a date (to the end of that UTC day) or a date-time with an offset; not before `from`',
    example: '2026-11-30',
  })
  @OptionalField()
  @UtcInstantFromQuery(true)
  @IsIsoDateOrDateTime()
  @IsInstantNotBefore('from')
  to?: string;

  @ApiPropertyOptional({
    enum: SUMMARY_FORMATS,
    description: 'Answer format; overrides the Accept header. `csv`: one `section,key,value` row per figure',
    example: 'csv',
  })
  @OptionalField()
  @IsIn(SUMMARY_FORMATS, { message: `format must be one of: ${SUMMARY_FORMATS.join(', ')}` })
  format?: SummaryFormat;
}
