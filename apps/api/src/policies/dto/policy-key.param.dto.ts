import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { POLICY_KEY_PATTERN } from '@recovery/domain';

export class PolicyKeyParamDto {
  @ApiProperty({ example: 'vehicle-breakdown', pattern: POLICY_KEY_PATTERN.source })
  @Matches(POLICY_KEY_PATTERN, { message: 'key must be a policy key like vehicle-breakdown' })
  key!: string;
}
