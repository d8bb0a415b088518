import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const MAX_CHECKPOINTS_PAGE = 200;

/** Query of GET /v1/audit/checkpoints (the deliveries list's cursor convention). */
export class ListCheckpointsQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_CHECKPOINTS_PAGE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_CHECKPOINTS_PAGE)
  limit?: number;

  @ApiPropertyOptional({ pattern: '^[1-9][0-9]{0,15}$', description: 'From the previous page' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,15}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}
