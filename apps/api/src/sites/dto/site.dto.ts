import { ApiProperty } from '@nestjs/swagger';

export class SiteDto {
  @ApiProperty({ example: 'AMS' })
  code!: string;

  @ApiProperty({ example: 'Amsterdam Schiphol desk' })
  name!: string;

  @ApiProperty({ example: 'Europe/Amsterdam', description: 'IANA time zone of site time' })
  timeZone!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'ams-desk',
    description: 'null: open around the clock',
  })
  calendarKey!: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty()
  updatedBy!: string;
}

/** GET /v1/sites */
export class SiteListDto {
  @ApiProperty({ type: [SiteDto] })
  items!: SiteDto[];
}
