import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsObject, IsOptional, IsString, Length } from 'class-validator';

/**
 * A CloudEvents 1.0 event in structured JSON mode. Extension attributes
 * (lower-case alphanumeric names) are allowed by the spec and ignored here.
 */
export class CloudEventDto {
  @ApiProperty({ enum: ['1.0'] })
  @IsIn(['1.0'])
  specversion!: '1.0';

  @ApiProperty({ example: 'call-4711', minLength: 1, maxLength: 256 })
  @IsString()
  @Length(1, 256)
  id!: string;

  @ApiProperty({ example: '/callcentre/ams', minLength: 1, maxLength: 1024 })
  @IsString()
  @Length(1, 1024)
  source!: string;

  @ApiProperty({
    example: 'com.example.callcentre.complaint.received',
    description:
      'A type with a `complaint` or `incident` segment opens an incident; with `subject` it adds a note',
  })
  @IsString()
  @Length(1, 256)
  type!: string;

  @ApiPropertyOptional({ description: 'An existing incident id: the event adds to that incident' })
  @IsOptional()
  @IsString()
  @Length(1, 256)
  subject?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601()
  time?: string;

  @ApiPropertyOptional({ example: 'application/json' })
  @IsOptional()
  @IsIn(['application/json'])
  datacontenttype?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1024)
  dataschema?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'To open: the body of POST /v1/incidents (channel defaults to system). To add: { text }',
  })
  @IsObject()
  data!: Record<string, unknown>;
}

/** What intake did with one event. */
export class IntakeResultDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  source!: string;

  @ApiProperty({ description: 'HTTP status this event alone would have had' })
  status!: number;

  @ApiProperty({ enum: ['opened', 'noted', 'contacted', 'rejected'] })
  outcome!: 'opened' | 'noted' | 'contacted' | 'rejected';

  @ApiPropertyOptional({ format: 'uuid' })
  incidentId?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Why it was rejected',
  })
  problem?: Record<string, unknown>;
}

export class IntakeBatchResultDto {
  @ApiProperty({ type: [IntakeResultDto] })
  items!: IntakeResultDto[];
}
