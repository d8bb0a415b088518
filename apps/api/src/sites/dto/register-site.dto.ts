import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { DOCUMENT_KEY_PATTERN } from '@recovery/domain';

// The zone and the calendar's existence are checked by SitesService, which names
// each in a 422 (invalid_site_registration).

/** PUT /v1/sites/:code */
export class RegisterSiteDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Amsterdam Schiphol desk' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 64,
    example: 'Europe/Amsterdam',
    description: 'IANA time zone of site time',
  })
  @IsString()
  @Length(1, 64)
  timeZone!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'ams-desk',
    pattern: DOCUMENT_KEY_PATTERN.source,
    description:
      "The calendar whose newest version a new incident's business clocks are pinned to; " +
      'absent or null: the site is open around the clock',
  })
  @IsOptional()
  @Matches(DOCUMENT_KEY_PATTERN, { message: 'calendarKey must be a calendar key like ams-desk' })
  calendarKey?: string | null;
}
