import { type StoredEvent } from '@recovery/event-store';
import { type IncidentEventsDto } from './dto/incident-responses.dto';

/** The public shape of a stream (issue 5); personal data stays out of this listing. */
export function toEventsResponse(events: StoredEvent[]): IncidentEventsDto {
  return {
    items: events.map((event) => ({
      eventId: event.eventId,
      streamVersion: event.streamVersion,
      globalPosition: event.globalPosition,
      type: event.type,
      data: event.data,
      metadata: event.metadata as unknown as Record<string, unknown>,
      occurredAt: event.occurredAt.toISOString(),
      recordedAt: event.recordedAt.toISOString(),
      hash: event.hash,
      prevHash: event.prevHash,
    })),
  };
}
