import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SCORECARD_INTERVALS, type ScorecardInterval } from '@recovery/audit';
import { AuditFilterQueryDto } from './audit-filter-query.dto';

export class ScorecardQueryDto extends AuditFilterQueryDto {
  @ApiProperty({ enum: SCORECARD_INTERVALS })
  @IsIn(SCORECARD_INTERVALS)
  interval!: ScorecardInterval;
}
