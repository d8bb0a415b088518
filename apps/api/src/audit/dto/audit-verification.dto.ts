import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { type AuditVerification } from '@recovery/audit';
import { BROKEN_LINK_REASONS, type BrokenLinkReason } from '@recovery/event-store';
import { CountProperty } from './figure-properties.decorator';

export class BrokenLinkDto {
  @ApiProperty({ example: 'incident-5b0c7c1e-0d6f-4d43-9f8e-2b7c4c0c8e10' })
  streamId!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  streamVersion!: number;

  @ApiProperty({
    enum: BROKEN_LINK_REASONS,
    description:
      'version-gap: an event is missing or a version was rewritten; prev-hash-mismatch: the ' +
      "link to the previous event was altered; hash-mismatch: the event's content was altered; " +
      'personal-data-mismatch: personal data kept beside the event was altered',
  })
  reason!: BrokenLinkReason;

  @ApiPropertyOptional({ format: 'uuid', description: 'When the stream is an incident’s' })
  incidentId?: string;

  @ApiPropertyOptional({ example: '/v1/incidents/5b0c7c1e-0d6f-4d43-9f8e-2b7c4c0c8e10/events' })
  eventsUrl?: string;
}

/** A position in the store's global order; validated too, as a kept checkpoint sends it back. */
export class CheckpointDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  transactionId!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  globalPosition!: number;
}

/** One hash over every stream head, to keep outside the system and compare later. */
export class HeadsDigestDto {
  @ApiProperty({ type: CheckpointDto, description: 'Every event at or before it is covered' })
  checkpoint!: CheckpointDto;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'Hex SHA-256 over the stream heads' })
  digest!: string;

  @CountProperty('Streams covered')
  streams!: number;

  @CountProperty('Events covered')
  events!: number;
}

export class ReadModelDriftDto {
  @ApiProperty({ format: 'uuid' })
  incidentId!: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The version the read model has folded; null: no row for the stream',
  })
  readModelVersion!: number | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: "The stream's head; null: a row for a stream that no longer exists",
  })
  streamVersion!: number | null;
}

export class ReadModelCheckDto {
  @ApiProperty()
  ok!: boolean;

  @CountProperty('Incidents compared')
  incidents!: number;

  @ApiProperty({ type: [ReadModelDriftDto] })
  differing!: ReadModelDriftDto[];
}

export class IncidentScopeDto {
  @ApiProperty({ format: 'uuid' })
  incidentId!: string;
}

/** GET /v1/audit/verify: whether the hash chains (and, for the store, the read models) hold. */
export class AuditVerificationDto implements AuditVerification {
  @ApiProperty({ description: 'The chains hold and, for the store, no read model disagrees' })
  ok!: boolean;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(IncidentScopeDto) }, { type: 'string', enum: ['store'] }],
    description: 'One incident, or the whole store',
  })
  scope!: IncidentScopeDto | 'store';

  @CountProperty('Streams verified')
  streams!: number;

  @CountProperty('Events verified')
  events!: number;

  @CountProperty('Events whose personal data was erased: their chains still verify')
  erasedPersonalData!: number;

  @ApiPropertyOptional({
    type: BrokenLinkDto,
    description: 'The first broken link; absent when ok',
  })
  broken?: BrokenLinkDto;

  @ApiPropertyOptional({ type: HeadsDigestDto, description: 'For the whole store only' })
  headsDigest?: HeadsDigestDto;

  @ApiPropertyOptional({ type: ReadModelCheckDto, description: 'For the whole store only' })
  readModels?: ReadModelCheckDto;
}
