import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DOCUMENT_KEY_PATTERN } from '@recovery/domain';

export class CalendarKeyParamDto {
  @ApiProperty({ example: 'ams-desk', pattern: DOCUMENT_KEY_PATTERN.source })
  @Matches(DOCUMENT_KEY_PATTERN, { message: 'key must be a calendar key like ams-desk' })
  key!: string;
}
