import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, INCIDENT_KINDS, SEVERITIES, INCIDENT_STATUSES } from '@recovery/domain';
import { CLOCK_KINDS, type ClockKind, type IncidentClock } from '@recovery/incidents';
import { FulfillerViewDto } from './fulfiller-view.dto';

export class PolicyRefDto {
  @ApiProperty({ example: 'vehicle-breakdown' })
  key!: string;

  @ApiProperty({ type: 'integer', example: 1 })
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

/** One running clock of an incident in the list. */
export class IncidentClockDto implements IncidentClock {
  @ApiProperty({
    enum: CLOCK_KINDS,
    description:
      '`acknowledge` runs while the incident is unacknowledged, `resolve` while it is ' +
      'unresolved, `promise` once per open promise (also after the incident is resolved)',
  })
  clock!: ClockKind;

  @ApiProperty({
    format: 'date-time',
    description:
      'When it started: the opening (acknowledge), the opening or latest reopening ' +
      '(resolve), the promise being made. With dueAt, the share of the allowed time used',
  })
  startedAt!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'When it breaches; in the past while it is overdue (the clock still runs)',
  })
  dueAt!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The promise (promise clocks only)' })
  promiseId?: string;

  @ApiProperty({
    example: 'Acknowledge',
    description: "`Acknowledge`, `Resolve`, or the promise's description",
  })
  label!: string;
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

  @ApiProperty({ type: 'integer' })
  escalationLevel!: number;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  @ApiProperty({
    type: FulfillerViewDto,
    nullable: true,
    description: 'Who owns the incident (as the detail shows it); null while nobody does',
  })
  assignee!: FulfillerViewDto | null;

  @ApiProperty({ type: [IncidentClockDto], description: 'Every running clock, earliest first' })
  clocks!: IncidentClockDto[];

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description:
      'The earliest `dueAt` of `clocks`: what `sort=nearestBreach` orders by; null when no clock runs',
  })
  nextDeadline!: string | null;
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

export class StoredEventDto {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ type: 'integer' })
  streamVersion!: number;

  @ApiProperty({ type: 'integer' })
  globalPosition!: number;

  @ApiProperty({ example: 'IncidentOpened' })
  type!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      "The event as recorded, except that every `amount` (and the applied rule's " +
      '`frontlineLimit` and `supervisorLimit`) is in major units of its currency, like ' +
      'the policy limits and every other response: 45.5 = 45.50 EUR.',
  })
  data!: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true })
  metadata!: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({
    description:
      'sha256 link of the stream hash chain (hex), over the event as stored (amounts in ' +
      'minor units): the server verifies the chain (GET /v1/audit/verify), so do not ' +
      'recompute it from `data` as shown here',
  })
  hash!: string;

  @ApiProperty({ description: "The previous link's hash" })
  prevHash!: string;
}

/**
 * GET /v1/incidents/:id/events. Amounts in `data` are major units of their currency; the
 * hash chain is verified server-side over the stored form (minor units).
 */
export class IncidentEventsDto {
  @ApiProperty({ type: [StoredEventDto] })
  items!: StoredEventDto[];
}
