import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import {
  CATEGORY_PATTERN,
  CHANNELS,
  type Channel,
  INCIDENT_KINDS,
  type IncidentKind,
  SEVERITIES,
  type Severity,
} from '@recovery/domain';

export const SITE_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
export const POLICY_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

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

  @ApiProperty({ example: 'C-1001', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  customerRef!: string;

  @ApiProperty({ example: 'AMS', pattern: SITE_PATTERN.source })
  @Matches(SITE_PATTERN, { message: 'site must be a site code of letters, digits, _ or -' })
  site!: string;

  @ApiProperty({ example: 'Rental car does not start', minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  summary!: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  details?: string;

  @ApiPropertyOptional({ example: 'vehicle-breakdown', pattern: POLICY_KEY_PATTERN.source })
  @IsOptional()
  @Matches(POLICY_KEY_PATTERN, { message: 'policyKey must be a policy key like vehicle-breakdown' })
  policyKey?: string;

  @ApiPropertyOptional({ example: 'desk-ams', maxLength: 64 })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  team?: string;
}
