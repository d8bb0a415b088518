import { Inject, Injectable } from '@nestjs/common';
import { foldIncident, type IncidentEvent, incidentStreamId } from '@recovery/domain';
import { EventStore, type JsonObject, type NewEvent } from '@recovery/event-store';
import { PoliciesService } from '@recovery/policies';
import {
  type AppendEventsInput,
  type AppendEventsResult,
  type IncidentEventToAppend,
  type LoadedIncident,
  type RecoveryActivities,
} from '@recovery/workflows';
import { toAppendFailure } from './append-failure.util';
import { NOTIFICATION_PORT, type NotificationPort } from './notification.port';
import { RemedyDeliveryService } from './remedy-delivery.service';

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
        { expectedVersion: input.expectedVersion ?? 'any' },
      );
      return { streamVersion: result.nextExpectedVersion, replayed: result.replayed };
    } catch (error) {
      throw toAppendFailure(error);
    }
  }

  /** Folds the incident's stream and fetches the policy version it is pinned to. */
  async loadIncident(incidentId: string): Promise<LoadedIncident> {
    const events = await this.eventStore.readStream(incidentStreamId(incidentId));
    if (events.length === 0) return { found: false };
    const state = foldIncident(
      events.map((e) => ({ type: e.type, data: e.data }) as IncidentEvent),
    );
    const { key, version, document } = await this.policies.get(
      state.policy.key,
      state.policy.version,
    );
    return { found: true, state, policy: { key, version, document } };
  }

  /** The activity functions handed to the Temporal Worker. */
  build(): RecoveryActivities {
    return {
      appendEvents: (input) => this.appendEvents(input),
      loadIncident: (incidentId) => this.loadIncident(incidentId),
      deliverRemedy: (input) => this.remedies.deliver(input),
      sendFollowUp: (input) => this.notifications.sendFollowUp(input),
    };
  }
}
