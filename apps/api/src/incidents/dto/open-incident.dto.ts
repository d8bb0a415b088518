import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import {
  CATEGORY_PATTERN,
  CHANNELS,
  type Channel,
  FIELD_LIMITS,
  INCIDENT_KINDS,
  type IncidentKind,
  POLICY_KEY_PATTERN,
  SEVERITIES,
  type Severity,
  SITE_PATTERN,
} from '@recovery/domain';

/** Body of POST /v1/incidents (and the `data` of an intake event that opens one). */
export class OpenIncidentDto {
  @ApiProperty({ enum: INCIDENT_KINDS })
  @IsIn(INCIDENT_KINDS)
  kind!: IncidentKind;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty({ example: 'vehicle_breakdown', pattern: CATEGORY_PATTERN.source })
  @Matches(CATEGORY_PATTERN, { message: 'category must be a slug like vehicle_breakdown' })
  category!: string;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity!: Severity;

  @ApiProperty({ example: 'C-1001', minLength: 1, maxLength: FIELD_LIMITS.customerRef })
  @IsString()
  @Length(1, FIELD_LIMITS.customerRef)
  customerRef!: string;

  @ApiProperty({ example: 'AMS', pattern: SITE_PATTERN.source })
  @Matches(SITE_PATTERN, { message: 'site must be a site code of letters, digits, _ or -' })
  site!: string;

  @ApiProperty({
    example: 'Rental car does not start',
    minLength: 1,
    maxLength: FIELD_LIMITS.summary,
  })
  @IsString()
  @Length(1, FIELD_LIMITS.summary)
  summary!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: FIELD_LIMITS.text })
  @IsOptional()
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  details?: string;

  @ApiPropertyOptional({ example: 'vehicle-breakdown', pattern: POLICY_KEY_PATTERN.source })
  @IsOptional()
  @Matches(POLICY_KEY_PATTERN, { message: 'policyKey must be a policy key like vehicle-breakdown' })
  policyKey?: string;

  @ApiPropertyOptional({ example: 'desk-ams', minLength: 1, maxLength: FIELD_LIMITS.team })
  @IsOptional()
  @IsString()
  @Length(1, FIELD_LIMITS.team)
  team?: string;
}
