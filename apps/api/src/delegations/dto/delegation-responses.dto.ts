import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type IsoTimestamp } from '@recovery/domain';
import {
  DELEGABLE_ROLES,
  type DelegableRole,
  type DelegationId,
} from '@recovery/domain/delegation/delegation-events';
import {
  DELEGATION_STATUSES,
  type DelegationStatus,
} from '@recovery/domain/delegation/delegation-state';
import { ActorDto } from '../../incidents/dto/incident-detail.dto';
import { type DelegationView } from '../delegation-view.mapper';

export class DelegationCreatedDto {
  @ApiProperty({ format: 'uuid' })
  delegationId!: DelegationId;
}

/** One delegation as GET /v1/delegations and DELETE /v1/delegations/:id answer it. */
export class DelegationDto implements DelegationView {
  @ApiProperty({ format: 'uuid' })
  delegationId!: DelegationId;

  @ApiProperty({ type: ActorDto, description: 'Who lent the authority, with their role then' })
  delegator!: ActorDto;

  @ApiProperty()
  delegateId!: string;

  @ApiProperty({ enum: DELEGABLE_ROLES })
  role!: DelegableRole;

  @ApiProperty({ type: [String], example: ['AMS'] })
  sites!: string[];

  @ApiProperty({ format: 'date-time' })
  from!: IsoTimestamp;

  @ApiProperty({ format: 'date-time' })
  until!: IsoTimestamp;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: IsoTimestamp;

  @ApiProperty({
    enum: DELEGATION_STATUSES,
    description: '`active` until revoked or expired, whether or not its window has begun',
  })
  status!: DelegationStatus;

  @ApiProperty({ description: 'Counts now: active and now within [from, until)' })
  inEffect!: boolean;

  @ApiPropertyOptional({ type: ActorDto })
  revokedBy?: ActorDto;

  @ApiPropertyOptional({ format: 'date-time' })
  revokedAt?: IsoTimestamp;

  @ApiPropertyOptional({ format: 'date-time' })
  expiredAt?: IsoTimestamp;
}

export class DelegationListDto {
  @ApiProperty({ type: [DelegationDto] })
  items!: DelegationDto[];
}
