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

// Branded ids and timestamps are strings on the wire; the explicit type keeps the
// OpenAPI the same whichever compiler emitted the decorator metadata (tsc says Object).

export class DelegationCreatedDto {
  @ApiProperty({ type: String, format: 'uuid' })
  delegationId!: DelegationId;
}

/** One delegation as GET /v1/delegations and DELETE /v1/delegations/:id answer it. */
export class DelegationDto implements DelegationView {
  @ApiProperty({ type: String, format: 'uuid' })
  delegationId!: DelegationId;

  @ApiProperty({ type: ActorDto, description: 'Who lent the authority, with their role then' })
  delegator!: ActorDto;

  @ApiProperty()
  delegateId!: string;

  @ApiProperty({ enum: DELEGABLE_ROLES })
  role!: DelegableRole;

  @ApiProperty({ type: [String], example: ['AMS'] })
  sites!: string[];

  @ApiProperty({ type: String, format: 'date-time' })
  from!: IsoTimestamp;

  @ApiProperty({ type: String, format: 'date-time' })
  until!: IsoTimestamp;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: String, format: 'date-time' })
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

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  revokedAt?: IsoTimestamp;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  expiredAt?: IsoTimestamp;
}

export class DelegationListDto {
  @ApiProperty({ type: [DelegationDto] })
  items!: DelegationDto[];
}
