import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { FIELD_LIMITS, SITE_SCOPE_PATTERN } from '@recovery/domain';
import {
  type CreateDelegationCommand,
  MAX_DELEGATED_SITES,
} from '@recovery/domain/delegation/decide-delegation';
import { DELEGABLE_ROLES, type DelegableRole } from '@recovery/domain/delegation/delegation-events';
import { IsUtcTimestamp } from '../../common/utc-timestamp.decorator';

/** Body of POST /v1/delegations (issue 12). */
export class CreateDelegationDto implements CreateDelegationCommand {
  @ApiProperty({
    example: 'bob',
    description: 'Who may decide approvals for you: their actor id (a token `sub`)',
    minLength: 1,
    maxLength: FIELD_LIMITS.actorId,
  })
  @IsString()
  @Length(1, FIELD_LIMITS.actorId)
  delegateId!: string;

  @ApiProperty({
    enum: DELEGABLE_ROLES,
    description: 'The authority lent: at most your own role',
  })
  @IsIn(DELEGABLE_ROLES)
  role!: DelegableRole;

  @ApiProperty({
    example: ['AMS'],
    description: 'Where it counts: your own sites only; `["*"]` needs every site',
    type: 'array',
    items: { type: 'string', pattern: SITE_SCOPE_PATTERN.source },
    uniqueItems: true,
    minItems: 1,
    maxItems: MAX_DELEGATED_SITES,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DELEGATED_SITES)
  @ArrayUnique()
  @Matches(SITE_SCOPE_PATTERN, { each: true, message: 'sites must be site codes or "*"' })
  sites!: string[];

  @ApiProperty({ format: 'date-time', description: 'Start of the window (inclusive)' })
  @IsUtcTimestamp()
  from!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'End of the window (exclusive); after `from`, in the future',
  })
  @IsUtcTimestamp()
  until!: string;

  @ApiProperty({ example: 'Annual leave', minLength: 1, maxLength: FIELD_LIMITS.text })
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  reason!: string;
}
