import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const MAX_PAGE = 200;
const DEFAULT_PAGE = 50;
const CURSOR = /^[1-9][0-9]{0,15}$/;

/**
 * The paging query of lists ordered by a sequence number (webhook deliveries, audit
 * checkpoints): `limit`, and `cursor`, the `nextCursor` of the previous page.
 */
export class SequencePageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;

  @ApiPropertyOptional({ pattern: CURSOR.source, description: 'From the previous page' })
  @IsOptional()
  @Matches(CURSOR, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;

  /** The page size asked for, or the default. */
  pageSize(): number {
    return this.limit ?? DEFAULT_PAGE;
  }
}
