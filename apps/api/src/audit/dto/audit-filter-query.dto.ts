import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsUtcTimestamp } from '../../common/utc-timestamp.decorator';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CATEGORY_PATTERN } from '@recovery/domain';

/** Filters shared by the conformance report and the scorecard; incidents are selected by opening time. */
export class AuditFilterQueryDto {
  @ApiPropertyOptional({
    description: 'Incidents opened at or after (ISO-8601)',
    example: '2025-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsUtcTimestamp() // offsets like +17:31 are ISO but not PostgreSQL: normalised to UTC
  from?: string;

  @ApiPropertyOptional({
    description: 'Incidents opened before (ISO-8601)',
    example: '2025-02-01T00:00:00Z',
  })
  @IsOptional()
  @IsUtcTimestamp()
  to?: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'airport-desk' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  site?: string;

  @ApiPropertyOptional({ example: 'vehicle_breakdown', pattern: CATEGORY_PATTERN.source })
  @IsOptional()
  @Matches(CATEGORY_PATTERN)
  category?: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'vehicle-breakdown' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  policyKey?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 2_147_483_647, example: 2 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647) // an integer column: larger values made PostgreSQL fail (500, found by the fuzz)
  policyVersion?: number;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Anyone who acted on the incident (actor id)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  staffId?: string;
}
