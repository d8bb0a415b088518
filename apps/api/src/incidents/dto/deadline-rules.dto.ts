import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLOCK_KINDS, type ClockKind } from '@recovery/domain';

/** Each SLA clock's kind of time. */
export class ClockKindsDto {
  @ApiProperty({ enum: CLOCK_KINDS })
  acknowledge!: ClockKind;

  @ApiProperty({ enum: CLOCK_KINDS })
  resolve!: ClockKind;
}

/** The calendar version business time was counted in, and the time-zone rules that counted it. */
export class CalendarUseDto {
  @ApiProperty({ example: 'ams-desk' })
  key!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty({ example: 'Europe/Amsterdam' })
  timeZone!: string;

  @ApiProperty({
    description: 'IANA tz database version of the process that computed it',
    example: '2025b',
  })
  timeZoneData!: string;
}

/** The rules the incident's deadlines were computed under (issue 12). */
export class DeadlineRulesDto {
  @ApiProperty({ type: ClockKindsDto })
  clocks!: ClockKindsDto;

  @ApiPropertyOptional({
    type: CalendarUseDto,
    description: 'Absent when no business time was counted (the site is open around the clock)',
  })
  calendar?: CalendarUseDto;
}
