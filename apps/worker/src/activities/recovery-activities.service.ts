import { Inject, Injectable } from '@nestjs/common';
import { incidentStreamId } from '@recovery/domain';
import { EventStore, type JsonObject, type NewEvent } from '@recovery/event-store';
import {
  type AppendEventsInput,
  type AppendEventsResult,
  type IncidentEventToAppend,
  type RecoveryActivities,
} from '@recovery/workflows';
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
    @Inject(NOTIFICATION_PORT) private readonly notifications: NotificationPort,
    @Inject(RemedyDeliveryService) private readonly remedies: RemedyDeliveryService,
  ) {}

  /**
   * Appends to `incident-<id>`. Event ids come from the workflow, so a retry after
   * a lost acknowledgement finds them stored and writes nothing (`replayed`).
   */
  async appendEvents(input: AppendEventsInput): Promise<AppendEventsResult> {
    const result = await this.eventStore.append(
      incidentStreamId(input.incidentId),
      input.events.map(toNewEvent),
      {
        expectedVersion: 'any',
      },
    );
    return { streamVersion: result.nextExpectedVersion, replayed: result.replayed };
  }

  /** The activity functions handed to the Temporal Worker. */
  build(): RecoveryActivities {
    return {
      appendEvents: (input) => this.appendEvents(input),
      deliverRemedy: (input) => this.remedies.deliver(input),
      sendFollowUp: (input) => this.notifications.sendFollowUp(input),
    };
  }
}
