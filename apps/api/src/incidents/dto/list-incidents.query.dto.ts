import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CATEGORY_PATTERN,
  FIELD_LIMITS,
  type IncidentStatus,
  SEVERITIES,
  type Severity,
  SITE_PATTERN,
} from '@recovery/domain';
import { IsUtcTimestamp } from '../../common/utc-timestamp.decorator';
import { INCIDENT_STATUSES } from './incident-statuses';

/** Query of GET /v1/incidents. */
export class ListIncidentsQueryDto {
  @ApiPropertyOptional({ enum: INCIDENT_STATUSES })
  @IsOptional()
  @IsIn(INCIDENT_STATUSES)
  status?: IncidentStatus;

  @ApiPropertyOptional({ pattern: SITE_PATTERN.source })
  @IsOptional()
  @Matches(SITE_PATTERN)
  site?: string;

  @ApiPropertyOptional({ pattern: CATEGORY_PATTERN.source })
  @IsOptional()
  @Matches(CATEGORY_PATTERN)
  category?: string;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ format: 'date-time', description: 'Opened at or after' })
  @IsOptional()
  @IsUtcTimestamp()
  openedFrom?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Opened before' })
  @IsOptional()
  @IsUtcTimestamp()
  openedTo?: string;

  @ApiPropertyOptional({
    example: 'me',
    maxLength: FIELD_LIMITS.actorId,
    description:
      'Incidents a person owns (acknowledged by them or reassigned to them): their actor id, or `me`',
  })
  @IsOptional()
  @IsString()
  @Length(1, FIELD_LIMITS.actorId)
  assignee?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
