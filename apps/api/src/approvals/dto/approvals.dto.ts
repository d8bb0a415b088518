import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import {
  APPROVAL_STATUSES,
  type ApprovalStatus,
  AUTHORITIES,
  type Authority,
  FIELD_LIMITS,
} from '@recovery/domain';
import { type InboxItem } from '@recovery/incidents';
import { ActorDto } from '../../incidents/dto/incident-detail.dto';

export class InboxQueryDto {
  @ApiPropertyOptional({ enum: APPROVAL_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(APPROVAL_STATUSES)
  status?: (typeof APPROVAL_STATUSES)[number];
}

export class DecisionDto {
  @ApiProperty({ enum: ['approve', 'deny'] })
  @IsIn(['approve', 'deny'])
  decision!: 'approve' | 'deny';

  @ApiProperty({
    example: 'Customer stranded at night',
    minLength: 1,
    maxLength: FIELD_LIMITS.text,
  })
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  reason!: string;
}

/** One approval of the inbox: the read side's InboxItem. */
export class InboxItemDto implements InboxItem {
  @ApiProperty({ format: 'uuid' })
  approvalId!: string;

  @ApiProperty({ format: 'uuid' })
  incidentId!: string;

  @ApiProperty()
  site!: string;

  @ApiProperty({ format: 'uuid' })
  remedyId!: string;

  @ApiProperty()
  remedyType!: string;

  @ApiProperty({
    type: 'number',
    example: 80,
    description: 'Major units of `currency`, like the policy limits: 45.5 = 45.50 EUR',
  })
  amount!: number;

  @ApiProperty()
  currency!: string;

  @ApiProperty({ enum: AUTHORITIES })
  requiredAuthority!: Authority;

  @ApiProperty({ type: ActorDto })
  requestedBy!: ActorDto;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

  @ApiProperty({ format: 'date-time' })
  deadline!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ enum: APPROVAL_STATUSES })
  status!: ApprovalStatus;
}

export class InboxDto {
  @ApiProperty({ type: [InboxItemDto] })
  items!: InboxItemDto[];
}
