import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { DOCUMENT_KEY_PATTERN } from '@recovery/domain';

// Shapes only: times, zones, dates, overlaps and how many intervals and holidays a
// calendar may have are checked by the domain's validateCalendarDocument, which names
// each bad field in a 422. HTTP_BODY_LIMIT bounds the body before that.

export class OpeningIntervalDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 16,
    example: '08:00',
    description: 'Local time HH:MM, inclusive',
  })
  @IsString()
  @Length(1, 16)
  from!: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 16,
    example: '18:00',
    description: 'Local time HH:MM, exclusive; "24:00" allowed; earlier than from: overnight',
  })
  @IsString()
  @Length(1, 16)
  to!: string;
}

/** One day's intervals in the weekly hours. */
const DayIntervals = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ type: [OpeningIntervalDto] }),
    IsArray(),
    ValidateNested({ each: true }),
    Type(() => OpeningIntervalDto),
  );

/** The opening hours of each weekday ([] when closed all day). */
export class WeeklyHoursDto {
  @DayIntervals() mon!: OpeningIntervalDto[];
  @DayIntervals() tue!: OpeningIntervalDto[];
  @DayIntervals() wed!: OpeningIntervalDto[];
  @DayIntervals() thu!: OpeningIntervalDto[];
  @DayIntervals() fri!: OpeningIntervalDto[];
  @DayIntervals() sat!: OpeningIntervalDto[];
  @DayIntervals() sun!: OpeningIntervalDto[];
}

export class CalendarHolidayDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 32,
    example: '2026-12-25',
    description: 'Local date YYYY-MM-DD',
  })
  @IsString()
  @Length(1, 32)
  date!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200, example: 'Christmas' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({
    type: [OpeningIntervalDto],
    description: 'Open only in these intervals that day; absent: closed all day',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => OpeningIntervalDto)
  hours?: OpeningIntervalDto[];
}

/** A business-hours calendar document (issue 12). */
export class CalendarDocumentDto {
  // Calendar keys are slugs like policy keys.
  @ApiProperty({ example: 'ams-desk', pattern: DOCUMENT_KEY_PATTERN.source })
  @Matches(DOCUMENT_KEY_PATTERN)
  key!: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Amsterdam desk' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 64,
    example: 'Europe/Amsterdam',
    description: 'IANA time zone of hours and holidays',
  })
  @IsString()
  @Length(1, 64)
  timeZone!: string;

  @ApiProperty({ type: WeeklyHoursDto })
  @ValidateNested()
  @Type(() => WeeklyHoursDto)
  weeklyHours!: WeeklyHoursDto;

  @ApiProperty({ type: [CalendarHolidayDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CalendarHolidayDto)
  holidays!: CalendarHolidayDto[];

  @ApiPropertyOptional({ minLength: 1, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string;
}
