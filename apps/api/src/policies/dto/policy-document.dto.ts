import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CATEGORY_PATTERN,
  CLOCK_KINDS,
  type ClockKind,
  ESCALATION_TARGETS,
  type EscalationTarget,
  POLICY_KEY_PATTERN,
  SEVERITIES,
  type Severity,
} from '@recovery/domain';

// Shapes only: durations, limit order and the ladder are checked by the domain's
// validatePolicyDocument, which names each bad field in a 422.

export class AppliesToDto {
  @ApiPropertyOptional({
    maxItems: 100,
    type: 'array',
    items: { type: 'string', pattern: CATEGORY_PATTERN.source },
    example: ['vehicle_breakdown'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(CATEGORY_PATTERN, { each: true })
  categories?: string[];

  @ApiPropertyOptional({ enum: SEVERITIES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(SEVERITIES, { each: true })
  severities?: Severity[];
}

export class EscalationRungDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 64,
    example: 'PT5M',
    description: 'ISO-8601 duration from the missed deadline',
  })
  @IsString()
  @Length(1, 64)
  after!: string;

  @ApiProperty({ enum: ESCALATION_TARGETS })
  @IsIn(ESCALATION_TARGETS)
  to!: EscalationTarget;

  @ApiPropertyOptional({
    description: "The rung waits until the site's calendar is open when `after` ends off-hours",
  })
  @IsOptional()
  @IsBoolean()
  businessHoursOnly?: boolean;
}

/** Which SLA clocks count only the site's open hours (issue 12); calendar time by default. */
export class PolicyClocksDto {
  @ApiPropertyOptional({ enum: CLOCK_KINDS, default: 'calendar' })
  @IsOptional()
  @IsIn(CLOCK_KINDS)
  acknowledge?: ClockKind;

  @ApiPropertyOptional({ enum: CLOCK_KINDS, default: 'calendar' })
  @IsOptional()
  @IsIn(CLOCK_KINDS)
  resolve?: ClockKind;
}

export class RemedyRuleDto {
  @ApiProperty({ example: 'taxi', pattern: CATEGORY_PATTERN.source })
  @Matches(CATEGORY_PATTERN)
  type!: string;

  @ApiProperty({ minimum: 0, example: 25, description: 'Major units' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  frontlineLimit!: number;

  @ApiProperty({ minimum: 0, example: 150, description: 'Major units' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  supervisorLimit!: number;

  @ApiProperty({ example: 'EUR', pattern: '^[A-Z]{3}$' })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  description?: string;
}

/** A recovery policy document (issue 4). */
export class PolicyDocumentDto {
  @ApiProperty({ example: 'vehicle-breakdown', pattern: POLICY_KEY_PATTERN.source })
  @Matches(POLICY_KEY_PATTERN)
  key!: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Vehicle does not start or breaks down' })
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ type: AppliesToDto })
  @ValidateNested()
  @Type(() => AppliesToDto)
  appliesTo!: AppliesToDto;

  @ApiProperty({ minLength: 1, maxLength: 64, example: 'PT90S' })
  @IsString()
  @Length(1, 64)
  acknowledgeWithin!: string;

  @ApiProperty({ minLength: 1, maxLength: 64, example: 'PT2H' })
  @IsString()
  @Length(1, 64)
  resolveWithin!: string;

  @ApiPropertyOptional({ type: PolicyClocksDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PolicyClocksDto)
  clocks?: PolicyClocksDto;

  @ApiProperty({ maxItems: 20, type: [EscalationRungDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EscalationRungDto)
  escalation!: EscalationRungDto[];

  @ApiProperty({ maxItems: 50, type: [RemedyRuleDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RemedyRuleDto)
  remedies!: RemedyRuleDto[];

  @ApiProperty({ minLength: 1, maxLength: 64, example: 'PT10M' })
  @IsString()
  @Length(1, 64)
  approvalTimeout!: string;

  @ApiProperty({ minLength: 1, maxLength: 64, example: 'P1D' })
  @IsString()
  @Length(1, 64)
  followUpAfter!: string;

  @ApiProperty({ minLength: 1, maxLength: 64, example: 'P3D' })
  @IsString()
  @Length(1, 64)
  feedbackWindow!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 64, example: 'PT10M' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  confirmPromiseWithin?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;

  @ApiPropertyOptional({ minLength: 1, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  description?: string;
}
