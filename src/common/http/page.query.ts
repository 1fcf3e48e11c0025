/** Cursor paging shared by every list endpoint: `cursor` (the previous page's `nextCursor`) and `limit`. */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CURSOR, LIMITS, OptionalField } from '../validation/field.validators';

export const DEFAULT_LIST_LIMIT = 50;

export class PageQueryDto {
  @ApiPropertyOptional({
    description: 'Opaque paging cursor: the `nextCursor` of the previous page',
    example: 'WyIyMDI2LTExLTIyVDA5OjE1OjAwLjAwMFoiLCI3ZjFjIl0',
    pattern: CURSOR.source,
    maxLength: LIMITS.cursor,
  })
  @OptionalField()
  @IsString()
  @MaxLength(LIMITS.cursor)
  @Matches(CURSOR, { message: 'cursor must be a nextCursor value this API returned' })
  cursor?: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Page size',
    minimum: 1,
    maximum: LIMITS.listLimit,
    default: DEFAULT_LIST_LIMIT,
    example: DEFAULT_LIST_LIMIT,
  })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.listLimit)
  limit?: number = DEFAULT_LIST_LIMIT;
}
