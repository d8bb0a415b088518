import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBase64,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { JSON_CONTENT_TYPE } from '../reading/intake-media-type.util';

/**
 * A CloudEvents 1.0 event as structured JSON mode writes it (binary mode is read into
 * the same shape). Extension attributes (lower-case alphanumeric names) are allowed
 * by the spec and ignored here. `data_base64` is decoded into `data` after validation.
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
    minLength: 1,
    maxLength: 256,
    description:
      'A type with a `complaint` or `incident` segment opens an incident; with `subject` it adds a note',
  })
  @IsString()
  @Length(1, 256)
  type!: string;

  @ApiPropertyOptional({
    description: 'An existing incident id: the event adds to that incident',
    minLength: 1,
    maxLength: 256,
  })
  @IsOptional()
  @IsString()
  @Length(1, 256)
  subject?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601()
  time?: string;

  @ApiPropertyOptional({
    example: 'application/json; charset=utf-8',
    description: 'application/json or a +json type, parameters allowed',
    pattern: JSON_CONTENT_TYPE.source,
  })
  @IsOptional()
  @IsString()
  @Matches(JSON_CONTENT_TYPE, { message: 'datacontenttype must be a JSON media type' })
  datacontenttype?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 1024 })
  @IsOptional()
  @IsString()
  @Length(1, 1024)
  dataschema?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'To open (required): the body of POST /v1/incidents (channel defaults to system). To add: { text }, optional',
  })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;

  @ApiPropertyOptional({
    format: 'byte',
    description: 'The JSON `data` object, base64-encoded (instead of `data`)',
  })
  @IsOptional()
  @IsBase64()
  data_base64?: string;
}

/** What intake did with one event. */
export class IntakeResultDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  source!: string;

  @ApiProperty({ type: 'integer', description: 'HTTP status this event alone would have had' })
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
