import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsUtcTimestamp } from '../../common/utc-timestamp.decorator';
import { IsMajorUnitsOf } from './major-units.decorator';
import {
  CATEGORY_PATTERN,
  FIELD_LIMITS,
  RESOLUTION_OUTCOMES,
  type ResolutionOutcome,
  SERVICE_LEVELS,
  type ServiceLevel,
} from '@recovery/domain';

/** POST …/acknowledge takes an empty object. */
export class AcknowledgeDto {}

export class AddNoteDto {
  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.text })
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  text!: string;
}

export class ProposeRemedyDto {
  @ApiProperty({
    example: 'taxi',
    description: 'A remedy type of the incident policy (a slug, as policies write them)',
    pattern: CATEGORY_PATTERN.source,
  })
  @Matches(CATEGORY_PATTERN, { message: 'type must be a remedy type like taxi' })
  type!: string;

  @ApiProperty({
    type: 'number',
    example: 45.5,
    minimum: 0,
    maximum: 1_000_000_000,
    description:
      'Major units of `currency`, as the policy limits are written: 45.5 = 45.50 EUR. ' +
      "At most the currency's ISO 4217 decimals (2 for EUR, 0 for JPY, 3 for KWD): 45.555 EUR is refused.",
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000_000)
  @IsMajorUnitsOf('currency')
  amount!: number;

  @ApiProperty({ example: 'EUR', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO-4217 code like EUR' })
  currency!: string;

  @ApiProperty({ example: 'Taxi to the hotel', minLength: 1, maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  description!: string;
}

export class FulfillerDto {
  @ApiProperty({ enum: ['person', 'team'] })
  @IsIn(['person', 'team'])
  kind!: 'person' | 'team';

  @ApiProperty({ example: 'warehouse-ams', minLength: 1, maxLength: FIELD_LIMITS.actorId })
  @IsString()
  @Length(1, FIELD_LIMITS.actorId)
  id!: string;
}

export class MakePromiseDto {
  @ApiProperty({
    example: 'A taxi within 20 minutes',
    minLength: 1,
    maxLength: FIELD_LIMITS.text,
  })
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  description!: string;

  @ApiProperty({ format: 'date-time' })
  @IsUtcTimestamp()
  dueAt!: string;

  @ApiPropertyOptional({
    type: FulfillerDto,
    description: 'Who must keep it; the promiser when absent',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FulfillerDto)
  fulfilledBy?: FulfillerDto;
}

export class ResolveDto {
  @ApiProperty({ enum: RESOLUTION_OUTCOMES })
  @IsIn(RESOLUTION_OUTCOMES)
  outcome!: ResolutionOutcome;

  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.text })
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  summary!: string;
}

export class FeedbackDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @ApiProperty({ enum: SERVICE_LEVELS })
  @IsIn(SERVICE_LEVELS)
  level!: ServiceLevel;

  @ApiPropertyOptional({ minLength: 1, maxLength: FIELD_LIMITS.text })
  @IsOptional()
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  comment?: string;
}

export class ReopenDto {
  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.text })
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  reason!: string;
}

/** POST …/wait-for-customer: why the organisation now waits on the customer. */
export class WaitForCustomerDto {
  @ApiProperty({
    minLength: 1,
    maxLength: FIELD_LIMITS.text,
    example: 'Waiting for the customer to send the rental agreement',
  })
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  reason!: string;
}
