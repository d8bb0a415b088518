import { ApiProperty } from '@nestjs/swagger';
import {
  type AmountsGranted,
  type FollowUpFigures,
  type PromiseFigures,
  type RemedyFigures,
} from '@recovery/audit';
import { SERVICE_LEVELS, type ServiceLevel } from '@recovery/domain';
import {
  CountProperty,
  CountsByProperty,
  DurationProperty,
  ShareProperty,
} from './figure-properties.decorator';

export class AmountsGrantedDto implements AmountsGranted {
  @ApiProperty({ example: 'EUR' })
  currency!: string;

  @CountProperty()
  grants!: number;

  @ApiProperty({
    description: 'Major units of `currency`, like the policy limits: 45.5 = 45.50 EUR',
  })
  total!: number;

  @CountProperty('Grants whose amount needed frontline authority')
  withinFrontlineLimit!: number;

  @CountProperty('Grants whose amount needed supervisor authority')
  withinSupervisorLimit!: number;

  @CountProperty('Grants whose amount needed a manager')
  aboveSupervisorLimit!: number;
}

export class RemedyFiguresDto implements RemedyFigures {
  @CountProperty()
  proposed!: number;

  @CountProperty('Granted at once, within the proposer’s own limit')
  grantedWithinFrontlineLimits!: number;

  @CountProperty()
  sentForApproval!: number;

  @CountProperty()
  approvalsGranted!: number;

  @CountProperty()
  approvalsDenied!: number;

  @CountProperty()
  approvalsExpired!: number;

  @CountProperty('Every grant, by either path')
  granted!: number;

  @CountProperty()
  delivered!: number;

  @DurationProperty('Median, approval requested → decided')
  medianTimeToDecisionMs!: number | null;

  @ApiProperty({ type: [AmountsGrantedDto] })
  amountsGranted!: AmountsGrantedDto[];

  @CountProperty(
    'Grants outside the granter’s authority, and requesters deciding their own approval',
  )
  violations!: number;
}

export class PromiseFiguresDto implements PromiseFigures {
  @CountProperty()
  made!: number;

  @CountProperty()
  requiringConfirmation!: number;

  @CountProperty()
  confirmed!: number;

  @CountProperty()
  unconfirmed!: number;

  @CountProperty()
  kept!: number;

  @CountProperty()
  keptOnTime!: number;

  @CountProperty()
  broken!: number;

  @ShareProperty('Kept on time ÷ settled (kept or broken)')
  keepRate!: number | null;

  @DurationProperty('Median lateness of kept promises, due → kept (0 when on time)')
  medianLatenessMs!: number | null;
}

export class FollowUpFiguresDto implements FollowUpFigures {
  @CountProperty()
  sent!: number;

  @CountProperty()
  answered!: number;

  @CountProperty()
  unanswered!: number;

  @ApiProperty({ type: 'number', nullable: true, minimum: 1, maximum: 5 })
  averageScore!: number | null;

  @CountsByProperty(SERVICE_LEVELS, 'Answers per service level')
  distribution!: Record<ServiceLevel, number>;
}
