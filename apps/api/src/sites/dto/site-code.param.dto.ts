import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SITE_PATTERN } from '@recovery/domain';

/** A site code, validated as an incident's site is (POST /v1/incidents). */
export class SiteCodeParamDto {
  // Not AMS: the API fuzz registers the example site in the shared test database, and
  // the other end-to-end tests open their incidents at AMS.
  @ApiProperty({ example: 'LIS', pattern: SITE_PATTERN.source })
  @Matches(SITE_PATTERN, { message: 'code must be a site code of letters, digits, _ or -' })
  code!: string;
}
