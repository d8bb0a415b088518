import { ApiProperty } from '@nestjs/swagger';
import {
  type AcknowledgementFigures,
  type ConformanceFigures,
  type EscalationFigures,
  type ResolutionFigures,
  type TimePausedFigures,
} from '@recovery/audit';
import { CountProperty, DurationProperty, ShareProperty } from './figure-properties.decorator';
import { FollowUpFiguresDto, PromiseFiguresDto, RemedyFiguresDto } from './remedy-figures.dto';

// Each class implements the audit library's type, and the controller returns that type
// as the DTO: the compiler keeps the documented shape and the real body the same.

const BUSINESS_TIME =
  'business time: the open time of the site’s calendar (every hour at a site without one, ' +
  'and for incidents recorded before business hours existed)';

export class AcknowledgementFiguresDto implements AcknowledgementFigures {
  @CountProperty()
  acknowledged!: number;

  @DurationProperty('Median, opened → acknowledged, calendar time')
  medianMs!: number | null;

  @DurationProperty('p90, opened → acknowledged, calendar time')
  p90Ms!: number | null;

  @DurationProperty(`Median, opened → acknowledged, ${BUSINESS_TIME}`)
  businessMedianMs!: number | null;

  @DurationProperty(`p90, opened → acknowledged, ${BUSINESS_TIME}`)
  businessP90Ms!: number | null;

  @CountProperty('Incidents whose acknowledge deadline counted business time')
  businessClock!: number;

  @CountProperty('Acknowledged before the deadline')
  withinDeadline!: number;

  @CountProperty('Acknowledged or recorded overdue: the denominator of shareWithin')
  decided!: number;

  @ShareProperty('withinDeadline ÷ decided')
  shareWithin!: number | null;

  @CountProperty()
  overdue!: number;
}

export class ResolutionFiguresDto implements ResolutionFigures {
  @CountProperty('Incidents resolved at least once')
  resolved!: number;

  @DurationProperty('Median, opened → first resolved, calendar time (time paused included)')
  medianMs!: number | null;

  @DurationProperty('p90, opened → first resolved, calendar time (time paused included)')
  p90Ms!: number | null;

  @DurationProperty(`Median, opened → first resolved, ${BUSINESS_TIME}, without the time paused`)
  businessMedianMs!: number | null;

  @DurationProperty(`p90, opened → first resolved, ${BUSINESS_TIME}, without the time paused`)
  businessP90Ms!: number | null;

  @CountProperty('Incidents whose resolve deadline counted business time')
  businessClock!: number;

  @CountProperty('First resolved before the deadline')
  withinDeadline!: number;

  @CountProperty('Resolved or recorded overdue: the denominator of shareWithin')
  decided!: number;

  @ShareProperty('withinDeadline ÷ decided')
  shareWithin!: number | null;

  @CountProperty()
  overdue!: number;

  @CountProperty()
  reopened!: number;

  @ShareProperty('Reopened ÷ resolved: rework')
  reopenRate!: number | null;
}

export class TimePausedFiguresDto implements TimePausedFigures {
  @CountProperty(
    'Incidents whose resolve clock was paused at least once (a pause counts once it ended)',
  )
  incidentsPaused!: number;

  @ShareProperty('incidentsPaused ÷ incidents')
  share!: number | null;

  @CountProperty('Pauses ended, over every incident')
  pauses!: number;

  @DurationProperty(
    'Median per paused incident, paused → resumed summed over its pauses, calendar time',
  )
  medianMs!: number | null;

  @DurationProperty(
    'p90 per paused incident, paused → resumed summed over its pauses, calendar time',
  )
  p90Ms!: number | null;
}

// Not EscalationRungDto: that name is the policy ladder's schema, and OpenAPI schemas are keyed by class name.
type EscalationRung = EscalationFigures['byRung'][number];

export class EscalationRungFiguresDto implements EscalationRung {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Rung of the ladder, from 1' })
  level!: number;

  @CountProperty('Incidents that reached the rung, any reason')
  incidents!: number;

  @ShareProperty('incidents ÷ all incidents')
  share!: number | null;
}

export class EscalationFiguresDto implements EscalationFigures {
  @CountProperty()
  escalatedIncidents!: number;

  @ShareProperty('escalatedIncidents ÷ incidents')
  share!: number | null;

  @ApiProperty({ type: [EscalationRungFiguresDto] })
  byRung!: EscalationRungFiguresDto[];
}

type ChannelMix = ConformanceFigures['channels'];

export class ChannelMixDto implements ChannelMix {
  @CountProperty()
  written!: number;

  @CountProperty()
  verbal!: number;

  @CountProperty('Raised by systems (intake)')
  system!: number;
}

/** The policy-versus-practice figures over the incidents opened in the filter's range. */
export class ConformanceFiguresDto implements ConformanceFigures {
  @CountProperty('Incidents opened in the range that match the filter')
  incidents!: number;

  @ApiProperty({ type: AcknowledgementFiguresDto })
  acknowledgement!: AcknowledgementFiguresDto;

  @ApiProperty({ type: EscalationFiguresDto })
  escalation!: EscalationFiguresDto;

  @ApiProperty({ type: RemedyFiguresDto })
  remedies!: RemedyFiguresDto;

  @ApiProperty({ type: PromiseFiguresDto })
  promises!: PromiseFiguresDto;

  @ApiProperty({ type: ResolutionFiguresDto })
  resolution!: ResolutionFiguresDto;

  @ApiProperty({
    type: TimePausedFiguresDto,
    description: 'Waits on the customer, while the resolve clock stood still',
  })
  timePaused!: TimePausedFiguresDto;

  @ApiProperty({ type: FollowUpFiguresDto })
  followUp!: FollowUpFiguresDto;

  @ApiProperty({ type: ChannelMixDto })
  channels!: ChannelMixDto;
}
