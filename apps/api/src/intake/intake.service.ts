import { Injectable } from '@nestjs/common';
import { DomainError, nameBasedUuid } from '@recovery/domain';
import { type Caller, IncidentCommandsService } from '@recovery/incidents';
import { IN_PROGRESS_RETRY_AFTER_SECONDS } from '../common/idempotency/idempotency.errors';
import { ReplayStore } from '../common/idempotency/replay-store.repository';
import { toProblem } from '../common/problem-mapping.util';
import { type IntakeEventOutcome, MetricsService } from '../operations/metrics.service';
import { type CloudEventDto, type IntakeResultDto } from './dto/cloud-event.dto';
import { type IntakeAction, intakeAction } from './intake-event.util';
import { type PlannedEvent } from './intake-plan.util';
import { UnsupportedEventType } from './unsupported-event-type.error';

/** The first delivery of this event is still being handled. */
export class DeliveryInProgress extends DomainError {
  readonly code = 'delivery_in_progress';
  readonly kind = 'conflict';
  constructor(source: string, id: string) {
    super(`event ${id} from ${source} is still being handled; redeliver later`, {
      source,
      id,
      retryAfterSeconds: IN_PROGRESS_RETRY_AFTER_SECONDS,
    });
  }
}

/**
 * Upstream events into commands, each applied at most once per (system, source,
 * id): the first answer is stored and a redelivery gets it back, changing
 * nothing (CloudEvents: source + id identify an event).
 */
@Injectable()
export class IntakeService {
  constructor(
    private readonly commands: IncidentCommandsService,
    private readonly replays: ReplayStore,
    private readonly metrics: MetricsService,
  ) {}

  /**
   * A batch, in order, already read whole (validateBatch: bad input anywhere applied
   * nothing); an event the domain refuses is reported in its result and does not stop the rest.
   */
  async receiveBatch(
    batch: PlannedEvent[],
    system: string,
    correlationId: string,
  ): Promise<IntakeResultDto[]> {
    const results: IntakeResultDto[] = [];
    for (const planned of batch) {
      const { event } = planned;
      if ('refusal' in planned) {
        this.metrics.countIntakeEvent(system, 'unsupported', 'rejected');
        results.push(rejected(event, planned.refusal));
        continue;
      }
      try {
        results.push(await this.applyOnce(event, planned.action, system, correlationId));
      } catch (error) {
        results.push(rejected(event, error));
      }
    }
    return results;
  }

  /** One event; a rejection is thrown as its domain error. */
  receive(event: CloudEventDto, system: string, correlationId: string): Promise<IntakeResultDto> {
    return this.applyOnce(event, this.actionOf(event, system), system, correlationId);
  }

  /** intakeAction, counting a type intake has no meaning for as a rejected event. */
  private actionOf(event: CloudEventDto, system: string): IntakeAction {
    try {
      return intakeAction(event);
    } catch (error) {
      if (error instanceof UnsupportedEventType)
        this.metrics.countIntakeEvent(system, 'unsupported', 'rejected');
      throw error;
    }
  }

  private async applyOnce(
    event: CloudEventDto,
    action: IntakeAction,
    system: string,
    correlationId: string,
  ): Promise<IntakeResultDto> {
    const scope = `cloudevents:${system}`;
    const key = JSON.stringify([event.source, event.id]);
    const count = (outcome: IntakeEventOutcome): void =>
      this.metrics.countIntakeEvent(system, action.kind, outcome);
    // A constant request hash: a redelivery answers as the first delivery, whatever it carries.
    const reservation = await this.replays.reserve(scope, key, '');
    if (reservation.outcome === 'completed') {
      count('duplicate');
      return reservation.body as IntakeResultDto;
    }
    if (reservation.outcome === 'in_progress') {
      count('in_progress');
      throw new DeliveryInProgress(event.source, event.id);
    }
    try {
      const result = await this.apply(event, action, system, correlationId);
      await this.replays.complete(scope, key, result.status, result);
      count(result.outcome);
      return result;
    } catch (error) {
      await this.replays.release(scope, key);
      count((toProblem(error)?.status ?? 500) < 500 ? 'rejected' : 'failed');
      throw error;
    }
  }

  private async apply(
    event: CloudEventDto,
    action: IntakeAction,
    system: string,
    correlationId: string,
  ): Promise<AppliedResult> {
    const caller: Caller = {
      actor: { id: `system:${system}`, role: 'system', name: system },
      sites: ['*'],
      correlationId,
    };
    const base = { id: event.id, source: event.source };
    if (action.kind === 'note') {
      await this.commands.addNote(action.incidentId, { text: action.text }, caller);
      return { ...base, status: 200, outcome: 'noted', incidentId: action.incidentId };
    }
    if (action.kind === 'contact') {
      const { incidentId, channel, summary } = action;
      await this.commands.contactCustomer(
        incidentId,
        { channel, direction: 'inbound', summary },
        caller,
      );
      return { ...base, status: 200, outcome: 'contacted', incidentId };
    }
    const incidentId = nameBasedUuid(system, event.source, event.id);
    const opened = await this.commands.open(
      { ...action.body, incidentId, source: { system, eventId: event.id } },
      caller,
    );
    return { ...base, status: 201, outcome: 'opened', incidentId: opened.id };
  }
}

/** The result of an event that was applied. */
type AppliedResult = IntakeResultDto & { outcome: Exclude<IntakeResultDto['outcome'], 'rejected'> };

/** A batch item's result for a refusal; anything that is not a problem (a bug) is rethrown. */
function rejected(event: CloudEventDto, error: unknown): IntakeResultDto {
  const problem = toProblem(error);
  if (!problem) throw error;
  const { id, source } = event;
  return { id, source, status: problem.status, outcome: 'rejected', problem: { ...problem } };
}
