import { ApiProperty } from '@nestjs/swagger';
import {
  SCORECARD_INTERVALS,
  type Scorecard,
  type ScorecardInterval,
  type ScorecardPeriod,
} from '@recovery/audit';
import { TimePausedFiguresDto } from './conformance-figures.dto';
import { AuditFilterDto } from './conformance-report.dto';
import { CountProperty, DurationProperty, ShareProperty } from './figure-properties.decorator';

type Complaints = ScorecardPeriod['complaints'];
type PromiseCounts = ScorecardPeriod['promises'];
type Satisfaction = ScorecardPeriod['satisfaction'];

export class ComplaintCountsDto implements Complaints {
  @CountProperty()
  total!: number;

  @CountProperty()
  written!: number;

  @CountProperty()
  verbal!: number;
}

export class ScorecardPromiseCountsDto implements PromiseCounts {
  @CountProperty('Kept, on time or late (includes keptOnTime)')
  kept!: number;

  @CountProperty('Kept by their due time')
  keptOnTime!: number;

  @CountProperty('Due time passed unkept, including those kept late')
  broken!: number;

  @CountProperty('Kept or broken')
  settled!: number;
}

export class SatisfactionDto implements Satisfaction {
  @ApiProperty({ type: 'number', nullable: true, minimum: 1, maximum: 5 })
  averageScore!: number | null;

  @CountProperty()
  answered!: number;
}

export class ScorecardPeriodDto implements ScorecardPeriod {
  @ApiProperty({ format: 'date-time', description: 'Start of the period (UTC)' })
  period!: string;

  @CountProperty('Incidents opened in the period')
  incidents!: number;

  @ApiProperty({ type: ComplaintCountsDto })
  complaints!: ComplaintCountsDto;

  @DurationProperty('Median, opened → acknowledged, calendar time')
  medianAcknowledgeMs!: number | null;

  @DurationProperty('Median, opened → first resolved, calendar time')
  medianResolveMs!: number | null;

  @DurationProperty(
    'Median, opened → acknowledged, business time (every hour at a site without a calendar)',
  )
  medianAcknowledgeBusinessMs!: number | null;

  @DurationProperty('Median, opened → first resolved, business time without the time paused')
  medianResolveBusinessMs!: number | null;

  @DurationProperty('p90, opened → acknowledged, calendar time')
  p90AcknowledgeMs!: number | null;

  @DurationProperty('p90, opened → first resolved, calendar time')
  p90ResolveMs!: number | null;

  @DurationProperty('p90, opened → acknowledged, business time')
  p90AcknowledgeBusinessMs!: number | null;

  @DurationProperty('p90, opened → first resolved, business time without the time paused')
  p90ResolveBusinessMs!: number | null;

  @ApiProperty({ type: TimePausedFiguresDto, description: 'Waits on the customer in the period' })
  timePaused!: TimePausedFiguresDto;

  @ApiProperty({
    type: ScorecardPromiseCountsDto,
    description: "Promises of the period's incidents, settled so far",
  })
  promises!: ScorecardPromiseCountsDto;

  @ShareProperty('Promises kept on time ÷ settled')
  keepRate!: number | null;

  @ShareProperty('Reopened ÷ resolved')
  reopenRate!: number | null;

  @ApiProperty({ type: SatisfactionDto })
  satisfaction!: SatisfactionDto;
}

/** GET /v1/audit/scorecard: periods without incidents are omitted. */
export class ScorecardDto implements Scorecard {
  @ApiProperty({ enum: SCORECARD_INTERVALS })
  interval!: ScorecardInterval;

  @ApiProperty({ type: AuditFilterDto })
  filter!: AuditFilterDto;

  @ApiProperty({ type: [ScorecardPeriodDto] })
  periods!: ScorecardPeriodDto[];
}
