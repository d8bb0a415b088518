import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class VerifyQueryDto {
  @ApiPropertyOptional({ description: 'Verify one incident; omit to verify the whole store' })
  @IsOptional()
  @IsUUID()
  incidentId?: string;
}
