import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, INCIDENT_KINDS, SEVERITIES } from '@recovery/domain';
import { INCIDENT_STATUSES } from './incident-statuses';

export class PolicyRefDto {
  @ApiProperty({ example: 'vehicle-breakdown' })
  key!: string;

  @ApiProperty({ example: 1 })
  version!: number;
}

export class DeadlinesDto {
  @ApiProperty({ format: 'date-time' })
  acknowledgeBy!: string;

  @ApiProperty({ format: 'date-time' })
  resolveBy!: string;
}

/** 201 answer of POST /v1/incidents. */
export class OpenedIncidentDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: INCIDENT_STATUSES })
  status!: string;

  @ApiProperty({ type: PolicyRefDto })
  policy!: PolicyRefDto;

  @ApiProperty({ type: DeadlinesDto })
  deadlines!: DeadlinesDto;
}

/** One incident of the list. */
export class IncidentSummaryDto extends OpenedIncidentDto {
  @ApiProperty({ enum: INCIDENT_KINDS })
  kind!: string;

  @ApiProperty({ enum: CHANNELS })
  channel!: string;

  @ApiProperty()
  site!: string;

  @ApiProperty()
  category!: string;

  @ApiProperty({ enum: SEVERITIES })
  severity!: string;

  @ApiProperty()
  customerRef!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty()
  escalationLevel!: number;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;
}

export class IncidentPageDto {
  @ApiProperty({ type: [IncidentSummaryDto] })
  items!: IncidentSummaryDto[];

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Pass as `cursor` for the next page',
  })
  nextCursor!: string | null;
}

/** GET /v1/incidents/:id: the folded state (see IncidentState in @recovery/domain). */
export class IncidentDetailDto extends IncidentSummaryDto {
  @ApiPropertyOptional({ format: 'date-time' })
  acknowledgedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  resolvedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  closedAt?: string;

  @ApiProperty()
  reopenCount!: number;

  @ApiProperty({ description: 'Stream version of the last event folded' })
  version!: number;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  escalations!: object[];

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  remedies!: object[];

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  approvals!: object[];

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  promises!: object[];

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  openPromises!: object[];

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  pendingApprovals!: object[];
}

export class StoredEventDto {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty()
  streamVersion!: number;

  @ApiProperty()
  globalPosition!: number;

  @ApiProperty({ example: 'IncidentOpened' })
  type!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data!: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true })
  metadata!: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ description: 'sha256 link of the stream hash chain (hex)' })
  hash!: string;

  @ApiProperty()
  prevHash!: string;
}

export class IncidentEventsDto {
  @ApiProperty({ type: [StoredEventDto] })
  items!: StoredEventDto[];
}
