import { Inject, Injectable } from '@nestjs/common';
import { foldIncident, type IncidentEvent, incidentStreamId } from '@recovery/domain';
import {
  EventStore,
  type JsonObject,
  type NewEvent,
  type StoredEvent,
} from '@recovery/event-store';
import { asIncidentEvent } from '@recovery/incidents';
import { PoliciesService } from '@recovery/policies';
import {
  type AppendEventsInput,
  type AppendEventsResult,
  type IncidentEventToAppend,
  type LoadedIncident,
  type RecordedCommand,
  type RecoveryActivities,
  type StreamedEvent,
} from '@recovery/workflows';
import { toAppendFailure } from './append-failure.util';
import { NOTIFICATION_PORT, type NotificationPort } from './notification.port';
import { RemedyDeliveryService } from './remedy-delivery.service';

/** Stored events grouped by the command that decided them (timer events have none). */
function byCommand(events: readonly StoredEvent[]): RecordedCommand[] {
  const commands = new Map<string, IncidentEvent[]>();
  for (const event of events) {
    const { commandId } = event.metadata;
    if (commandId !== undefined)
      commands.set(commandId, [...(commands.get(commandId) ?? []), asIncidentEvent(event)]);
  }
  return [...commands].map(([commandId, decided]) => ({ commandId, events: decided }));
}

const toNewEvent = (event: IncidentEventToAppend): NewEvent => ({
  eventId: event.eventId,
  type: event.type,
  data: event.data as unknown as JsonObject,
  metadata: event.metadata,
  occurredAt: new Date(event.occurredAt),
});

/** The recovery workflow's activities, bound to the worker's injected services. */
@Injectable()
export class RecoveryActivitiesService {
  constructor(
    @Inject(EventStore) private readonly eventStore: EventStore,
    @Inject(PoliciesService) private readonly policies: PoliciesService,
    @Inject(NOTIFICATION_PORT) private readonly notifications: NotificationPort,
    @Inject(RemedyDeliveryService) private readonly remedies: RemedyDeliveryService,
  ) {}

  /**
   * Appends to `incident-<id>`. Event ids come from the workflow, so a retry after
   * a lost acknowledgement finds them stored and writes nothing (`replayed`).
   * Failures no retry can heal are raised non-retryable (see APPEND_FAILURES).
   */
  async appendEvents(input: AppendEventsInput): Promise<AppendEventsResult> {
    try {
      const result = await this.eventStore.append(
        incidentStreamId(input.incidentId),
        input.events.map(toNewEvent),
        { expectedVersion: input.expectedVersion },
      );
      return { streamVersion: result.nextExpectedVersion, replayed: result.replayed };
    } catch (error) {
      throw toAppendFailure(error);
    }
  }

  /** Folds the incident's stream and fetches the policy version it is pinned to. */
  async loadIncident({
    incidentId,
    runId,
  }: {
    incidentId: string;
    runId: string;
  }): Promise<LoadedIncident> {
    const stored = await this.eventStore.readStream(incidentStreamId(incidentId));
    if (stored.length === 0) return { found: false };
    const state = foldIncident(stored.map(asIncidentEvent));
    const { key, version, document } = await this.policies.get(
      state.policy.key,
      state.policy.version,
    );
    const ofRun = stored.filter((event) => event.metadata.runId === runId);
    return {
      found: true,
      state,
      policy: { key, version, document },
      commandsOfRun: byCommand(ofRun),
    };
  }

  /** The incident's events after `version`, with the command that decided each. */
  async readEventsSince({
    incidentId,
    version,
  }: {
    incidentId: string;
    version: number;
  }): Promise<StreamedEvent[]> {
    const stored = await this.eventStore.readStream(incidentStreamId(incidentId), {
      fromVersion: version + 1,
    });
    return stored.map((event) => ({
      ...asIncidentEvent(event),
      ...(event.metadata.commandId !== undefined && { commandId: event.metadata.commandId }),
    }));
  }

  /** The activity functions handed to the Temporal Worker. */
  build(): RecoveryActivities {
    return {
      appendEvents: (input) => this.appendEvents(input),
      loadIncident: (input) => this.loadIncident(input),
      readEventsSince: (input) => this.readEventsSince(input),
      deliverRemedy: (input) => this.remedies.deliver(input),
      sendFollowUp: (input) => this.notifications.sendFollowUp(input),
    };
  }
}
