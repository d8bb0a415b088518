import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { APPROVAL_DECISION_REFUSAL_CODES, APPROVAL_STATUSES, FIELD_LIMITS } from '@recovery/domain';
import { type CannotDecideBecause, type InboxItem, ROLE_MAY_NOT_DECIDE } from '@recovery/incidents';
import { ApprovalDto } from '../../incidents/dto/incident-detail.dto';

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

/** One approval of the inbox: the read side's InboxItem, the detail's approval with its incident. */
export class InboxItemDto
  extends OmitType(ApprovalDto, ['decidedBy', 'reason', 'decidedAt'] as const)
  implements InboxItem
{
  @ApiProperty({ format: 'uuid' })
  incidentId!: string;

  @ApiProperty()
  site!: string;

  @ApiProperty({
    enum: [...APPROVAL_DECISION_REFUSAL_CODES, ROLE_MAY_NOT_DECIDE],
    nullable: true,
    description:
      'Null when you may decide this request now; otherwise the code a decision would be ' +
      `refused with (\`approver_role_insufficient\`: it needs more authority than yours; ` +
      `\`${ROLE_MAY_NOT_DECIDE}\`: your role does not decide approvals)`,
  })
  cannotDecideBecause!: CannotDecideBecause | null;
}

export class InboxDto {
  @ApiProperty({ type: [InboxItemDto] })
  items!: InboxItemDto[];
}
