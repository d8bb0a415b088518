import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  CATEGORY_PATTERN,
  POLICY_KEY_PATTERN,
  SEVERITIES,
  type Severity,
  SITE_PATTERN,
} from '@recovery/domain';

/**
 * Query of GET /v1/policies/applicable: the fields of POST /v1/incidents that choose
 * its policy, validated as that body validates them.
 */
export class ApplicablePolicyQueryDto {
  @ApiProperty({ example: 'vehicle_breakdown', pattern: CATEGORY_PATTERN.source })
  @Matches(CATEGORY_PATTERN, { message: 'category must be a slug like vehicle_breakdown' })
  category!: string;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity!: Severity;

  @ApiProperty({
    example: 'AMS',
    pattern: SITE_PATTERN.source,
    description: 'The site the incident would be opened on',
  })
  @Matches(SITE_PATTERN, { message: 'site must be a site code of letters, digits, _ or -' })
  site!: string;

  @ApiPropertyOptional({
    example: 'vehicle-breakdown',
    pattern: POLICY_KEY_PATTERN.source,
    description: 'The policyKey the incident would name (its newest version applies)',
  })
  @IsOptional()
  @Matches(POLICY_KEY_PATTERN, { message: 'policyKey must be a policy key like vehicle-breakdown' })
  policyKey?: string;
}
