import { ApiProperty } from '@nestjs/swagger';

export class SiteTimeZoneDto {
  @ApiProperty({ example: 'AMS' })
  site!: string;

  @ApiProperty({ example: 'Europe/Amsterdam', description: 'IANA time zone' })
  timeZone!: string;
}

/** GET /v1/sites/time-zones */
export class SiteTimeZonesDto {
  @ApiProperty({ type: [SiteTimeZoneDto] })
  items!: SiteTimeZoneDto[];

  @ApiProperty({ example: 'UTC', description: 'The time zone of every site not listed' })
  otherSites!: string;
}
