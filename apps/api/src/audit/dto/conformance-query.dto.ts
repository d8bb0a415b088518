import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEVIATIONS_PAGE } from '@recovery/audit';
import { AuditFilterQueryDto } from './audit-filter-query.dto';

export class ConformanceQueryDto extends AuditFilterQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'Another version of policyKey to show side by side with policyVersion',
    minimum: 1,
    maximum: 2_147_483_647,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  compareVersion?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: DEVIATIONS_PAGE.max,
    default: DEVIATIONS_PAGE.default,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(DEVIATIONS_PAGE.max)
  deviationsLimit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  deviationsOffset?: number;
}
