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
  INCIDENT_STATUSES,
} from '@recovery/domain';
import { LIST_SORTS, type ListSort } from '@recovery/incidents';
import { IsUtcTimestamp } from '../../common/utc-timestamp.decorator';

// Far above any ladder (a policy has at most 20 rungs) and inside PostgreSQL's integer.
const MAX_ESCALATION_LEVEL = 1000;

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
    minLength: 1,
    maxLength: FIELD_LIMITS.actorId,
    description:
      'Incidents a person owns (acknowledged by them or reassigned to them): their actor id, ' +
      'or `me`; `none` for the incidents nobody owns yet',
  })
  @IsOptional()
  @IsString()
  @Length(1, FIELD_LIMITS.actorId)
  assignee?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: FIELD_LIMITS.customerRef,
    example: 'C-10',
    description:
      'Search: an incident id (exact, when `q` is a uuid) or the start of a customer ' +
      'reference (any case)',
  })
  @IsOptional()
  @IsString()
  @Length(1, FIELD_LIMITS.customerRef)
  q?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_ESCALATION_LEVEL,
    description: 'Incidents escalated to at least this level (a supervisor’s queue)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ESCALATION_LEVEL)
  minEscalationLevel?: number;

  @ApiPropertyOptional({
    enum: LIST_SORTS,
    default: 'newest',
    description:
      '`newest`: opened most recently first. `nearestBreach`: earliest `nextDeadline` ' +
      'first (overdue ones at the top), incidents without a running clock last. A ' +
      '`cursor` only continues the order it came from',
  })
  @IsOptional()
  @IsIn(LIST_SORTS)
  sort?: ListSort;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'nextCursor of the previous page (same `sort`)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
