import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEPENDENCIES, type Dependency } from '@recovery/domain';

export class FieldErrorDto {
  @ApiProperty({ example: 'severity' })
  field!: string;

  @ApiProperty({ example: 'severity must be one of: low, medium, high, critical' })
  message!: string;
}

/** RFC 9457 problem details, served as application/problem+json. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'https://recovery.example/problems/validation_failed' })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 400 })
  status!: number;

  @ApiProperty({ example: 'the request body is invalid' })
  detail!: string;

  @ApiProperty({ example: '/v1/incidents' })
  instance!: string;

  @ApiProperty({ description: 'Stable machine-readable code', example: 'validation_failed' })
  code!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'One entry per bad field' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({
    description: 'Extra facts about the problem',
    type: 'object',
    additionalProperties: true,
  })
  details?: Record<string, unknown>;

  @ApiPropertyOptional({
    enum: DEPENDENCIES,
    description: 'On a 503: the service that is down (retry after Retry-After seconds)',
  })
  dependency?: Dependency;

  @ApiPropertyOptional()
  correlationId?: string;
}
