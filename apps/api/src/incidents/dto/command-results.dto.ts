import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INCIDENT_STATUSES } from '@recovery/domain';

/** The workflow's answer to an accepted command. */
export class CommandAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  incidentId!: string;

  @ApiProperty({ enum: INCIDENT_STATUSES })
  status!: string;

  @ApiProperty({ type: 'integer', description: 'Stream version after the command' })
  version!: number;

  @ApiProperty({ type: [String], example: ['IncidentAcknowledged'] })
  eventTypes!: string[];
}

export class RemedyProposalDto {
  @ApiProperty({ format: 'uuid' })
  remedyId!: string;

  @ApiProperty({ enum: ['approved', 'pending_approval'] })
  status!: 'approved' | 'pending_approval';

  @ApiPropertyOptional({ format: 'uuid' })
  approvalId?: string;

  @ApiProperty({ format: 'uuid' })
  incidentId!: string;

  @ApiProperty({ enum: INCIDENT_STATUSES })
  incidentStatus!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: [String] })
  eventTypes!: string[];
}

export class PromiseMadeDto extends CommandAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  promiseId!: string;
}
