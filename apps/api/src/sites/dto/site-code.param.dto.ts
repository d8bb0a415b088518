import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SITE_PATTERN } from '@recovery/domain';

/** A site code, validated as an incident's site is (POST /v1/incidents). */
export class SiteCodeParamDto {
  @ApiProperty({ example: 'AMS', pattern: SITE_PATTERN.source })
  @Matches(SITE_PATTERN, { message: 'code must be a site code of letters, digits, _ or -' })
  code!: string;
}
