import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTOR_ROLES,
  type ActorRole,
  APPROVAL_STATUSES,
  type ApprovalStatus,
  AUTHORITIES,
  type Authority,
  CHANNELS,
  type Channel,
  ESCALATION_REASONS,
  ESCALATION_TARGETS,
  type EscalationReason,
  type EscalationTarget,
  INCIDENT_KINDS,
  type IncidentKind,
  type IncidentStatus,
  PROMISE_STATUSES,
  type PromiseStatus,
  REMEDY_STATUSES,
  type RemedyStatus,
  RESOLUTION_OUTCOMES,
  type ResolutionOutcome,
  SERVICE_LEVELS,
  type ServiceLevel,
  SEVERITIES,
  type Severity,
  INCIDENT_STATUSES,
} from '@recovery/domain';
import { DeadlineRulesDto } from './deadline-rules.dto';
import {
  type ActorDetail,
  type ApprovalDetail,
  type EscalationDetail,
  type FollowUpDetail,
  type IncidentDetail,
  type PromiseDetail,
  type RemedyDetail,
  type ResolutionDetail,
} from '@recovery/incidents';
import { FulfillerViewDto } from './fulfiller-view.dto';
import { DeadlinesDto, IncidentClockDto, PolicyRefDto } from './incident-responses.dto';

// Each class implements its read-side type, and the controller returns that type as
// the DTO: the compiler keeps the documented shape and the real body the same.

const MAJOR_UNITS = 'Major units of `currency`, like the policy limits: 45.5 = 45.50 EUR';

export class ActorDto implements ActorDetail {
  @ApiProperty()
  id!: string;

  @ApiProperty({ enum: ACTOR_ROLES })
  role!: ActorRole;

  @ApiPropertyOptional()
  name?: string;
}

export class ResolutionDto implements ResolutionDetail {
  @ApiProperty({ enum: RESOLUTION_OUTCOMES })
  outcome!: ResolutionOutcome;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: ActorDto })
  resolvedBy!: ActorDto;
}

export class EscalationDto implements EscalationDetail {
  @ApiProperty({ enum: ESCALATION_REASONS })
  reason!: EscalationReason;

  @ApiPropertyOptional({ description: 'The approval or promise whose deadline was missed' })
  subjectId?: string;

  @ApiProperty({ type: 'integer', description: 'Rung of the escalation ladder, from 1' })
  level!: number;

  @ApiProperty({ enum: ESCALATION_TARGETS })
  to!: EscalationTarget;

  @ApiProperty({ format: 'date-time' })
  missedDeadline!: string;

  @ApiProperty({ format: 'date-time' })
  escalatedAt!: string;
}

export class RemedyDto implements RemedyDetail {
  @ApiProperty({ format: 'uuid' })
  remedyId!: string;

  @ApiProperty({ example: 'taxi' })
  remedyType!: string;

  @ApiProperty({ type: 'number', example: 45.5, description: MAJOR_UNITS })
  amount!: number;

  @ApiProperty({ example: 'EUR' })
  currency!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: AUTHORITIES })
  requiredAuthority!: Authority;

  @ApiProperty({ type: ActorDto })
  proposedBy!: ActorDto;

  @ApiProperty({ format: 'date-time' })
  proposedAt!: string;

  @ApiProperty({ enum: REMEDY_STATUSES })
  status!: RemedyStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  approvalId?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  deliveredAt?: string;

  @ApiPropertyOptional()
  deliveryRef?: string;
}

export class ApprovalDto implements ApprovalDetail {
  @ApiProperty({ format: 'uuid' })
  approvalId!: string;

  @ApiProperty({ format: 'uuid' })
  remedyId!: string;

  @ApiProperty({ example: 'taxi' })
  remedyType!: string;

  @ApiProperty({ type: 'number', example: 80, description: MAJOR_UNITS })
  amount!: number;

  @ApiProperty({ example: 'EUR' })
  currency!: string;

  @ApiProperty({ enum: AUTHORITIES })
  requiredAuthority!: Authority;

  @ApiProperty({ type: ActorDto })
  requestedBy!: ActorDto;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

  @ApiProperty({ format: 'date-time', description: 'Decide by then, or it escalates' })
  deadline!: string;

  @ApiProperty({ format: 'date-time', description: 'Expires undecided at this time' })
  expiresAt!: string;

  @ApiProperty({ enum: APPROVAL_STATUSES })
  status!: ApprovalStatus;

  @ApiPropertyOptional({ type: ActorDto })
  decidedBy?: ActorDto;

  @ApiPropertyOptional()
  reason?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  decidedAt?: string;
}

export class PromiseDto implements PromiseDetail {
  @ApiProperty({ format: 'uuid' })
  promiseId!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ format: 'date-time' })
  dueAt!: string;

  @ApiProperty({ type: ActorDto })
  madeBy!: ActorDto;

  @ApiProperty({ format: 'date-time' })
  madeAt!: string;

  @ApiProperty({ type: FulfillerViewDto })
  fulfilledBy!: FulfillerViewDto;

  @ApiProperty({ description: 'Someone other than the maker must confirm it' })
  requiresConfirmation!: boolean;

  @ApiPropertyOptional({ format: 'date-time' })
  confirmBy?: string;

  @ApiPropertyOptional({ type: ActorDto })
  confirmedBy?: ActorDto;

  @ApiProperty({ description: 'The fulfiller did not confirm in time' })
  unconfirmed!: boolean;

  @ApiProperty({ enum: PROMISE_STATUSES })
  status!: PromiseStatus;

  @ApiPropertyOptional({ format: 'date-time' })
  keptAt?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'How late it was kept (0 when on time)' })
  latenessMs?: number;
}

export class FollowUpDto implements FollowUpDetail {
  @ApiProperty({ format: 'uuid' })
  followUpId!: string;

  @ApiProperty({ format: 'date-time' })
  sentAt!: string;

  @ApiProperty({ format: 'date-time' })
  answerBy!: string;

  @ApiProperty({ enum: ['awaiting', 'answered', 'unanswered'] })
  status!: 'awaiting' | 'answered' | 'unanswered';

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5 })
  score?: number;

  @ApiPropertyOptional({ enum: SERVICE_LEVELS })
  level?: ServiceLevel;
}

/** GET /v1/incidents/:id: the read side's IncidentDetail (amounts in major units). */
export class IncidentDetailDto implements IncidentDetail {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: INCIDENT_STATUSES })
  status!: IncidentStatus;

  @ApiProperty({ enum: INCIDENT_KINDS })
  kind!: IncidentKind;

  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  @ApiProperty()
  category!: string;

  @ApiProperty({ enum: SEVERITIES })
  severity!: Severity;

  @ApiProperty()
  customerRef!: string;

  @ApiProperty()
  site!: string;

  @ApiProperty()
  summary!: string;

  @ApiPropertyOptional()
  details?: string;

  @ApiPropertyOptional()
  team?: string;

  @ApiProperty({ type: PolicyRefDto })
  policy!: PolicyRefDto;

  @ApiPropertyOptional({ type: ActorDto })
  openedBy?: ActorDto;

  @ApiProperty({ format: 'date-time' })
  openedAt!: string;

  @ApiProperty({
    type: DeadlinesDto,
    description: 'The current deadlines (moved by resumed pauses)',
  })
  deadlines!: DeadlinesDto;

  @ApiPropertyOptional({
    type: DeadlineRulesDto,
    description:
      'The rules the deadlines were computed under; absent for incidents opened before them',
  })
  deadlineRules?: DeadlineRulesDto;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description:
      'Milliseconds the resolve clock has stood still over every finished pause (waiting on the customer)',
  })
  pausedMs!: number;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'While waiting on the customer: when the resolve clock stopped',
  })
  pausedSince?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  acknowledgedAt?: string;

  @ApiPropertyOptional({ type: ActorDto })
  acknowledgedBy?: ActorDto;

  @ApiProperty({ description: 'The acknowledgement deadline passed unacknowledged' })
  acknowledgementOverdue!: boolean;

  @ApiProperty({ description: 'The resolution deadline passed unresolved' })
  resolutionOverdue!: boolean;

  @ApiPropertyOptional({ format: 'date-time' })
  resolvedAt?: string;

  @ApiPropertyOptional({ type: ResolutionDto })
  resolution?: ResolutionDto;

  @ApiPropertyOptional({ format: 'date-time' })
  closedAt?: string;

  @ApiProperty({ type: 'integer' })
  escalationLevel!: number;

  @ApiProperty({ type: [EscalationDto] })
  escalations!: EscalationDto[];

  @ApiProperty({ type: [RemedyDto] })
  remedies!: RemedyDto[];

  @ApiProperty({ type: [ApprovalDto] })
  approvals!: ApprovalDto[];

  @ApiProperty({ type: [PromiseDto] })
  promises!: PromiseDto[];

  @ApiPropertyOptional({ type: FollowUpDto })
  followUp?: FollowUpDto;

  @ApiPropertyOptional({ type: FulfillerViewDto })
  assignee?: FulfillerViewDto;

  @ApiProperty({ type: 'integer', description: 'Times it was reopened: rework' })
  reopenCount!: number;

  @ApiProperty({ type: 'integer' })
  noteCount!: number;

  @ApiProperty({ type: 'integer', description: 'Stream version of the last event folded' })
  version!: number;

  @ApiPropertyOptional({ format: 'date-time' })
  lastEventAt?: string;

  @ApiProperty({ type: [PromiseDto], description: 'The promises neither kept nor broken' })
  openPromises!: PromiseDto[];

  @ApiProperty({ type: [ApprovalDto], description: 'The approvals nobody has decided yet' })
  pendingApprovals!: ApprovalDto[];

  @ApiProperty({
    type: [IncidentClockDto],
    description: 'Every running clock, earliest first, as each item of the list carries them',
  })
  clocks!: IncidentClockDto[];
}
