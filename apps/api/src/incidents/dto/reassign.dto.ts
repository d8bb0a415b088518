import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { FIELD_LIMITS } from '@recovery/domain';
import { FulfillerDto } from './incident-commands.dto';

/** Body of POST /v1/incidents/:id/reassign (event IncidentReassigned). */
export class ReassignDto {
  @ApiProperty({ type: FulfillerDto, description: 'The person or team who owns the incident now' })
  @ValidateNested()
  @Type(() => FulfillerDto)
  assignee!: FulfillerDto;

  @ApiPropertyOptional({
    example: 'Needs the warehouse team',
    minLength: 1,
    maxLength: FIELD_LIMITS.text,
  })
  @IsOptional()
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  reason?: string;
}
