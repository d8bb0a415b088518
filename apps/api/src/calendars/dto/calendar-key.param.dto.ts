import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { POLICY_KEY_PATTERN } from '@recovery/domain';

export class CalendarKeyParamDto {
  @ApiProperty({ example: 'ams-desk', pattern: POLICY_KEY_PATTERN.source })
  @Matches(POLICY_KEY_PATTERN, { message: 'key must be a calendar key like ams-desk' })
  key!: string;
}
