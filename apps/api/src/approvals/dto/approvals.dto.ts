import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { FIELD_LIMITS } from '@recovery/domain';

export const APPROVAL_STATUSES = ['pending', 'granted', 'denied', 'expired'] as const;

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

export class ActorDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  role!: string;

  @ApiPropertyOptional()
  name?: string;
}

export class InboxItemDto {
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

  @ApiProperty({ description: 'Integer minor units' })
  amount!: number;

  @ApiProperty()
  currency!: string;

  @ApiProperty({ enum: ['frontline', 'supervisor', 'manager'] })
  requiredAuthority!: string;

  @ApiProperty({ type: ActorDto })
  requestedBy!: ActorDto;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

  @ApiProperty({ format: 'date-time' })
  deadline!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ enum: APPROVAL_STATUSES })
  status!: string;
}

export class InboxDto {
  @ApiProperty({ type: [InboxItemDto] })
  items!: InboxItemDto[];
}
