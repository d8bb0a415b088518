import { type MinorUnits, toMajorUnits } from '@recovery/domain';
import { type StoredEvent } from '@recovery/event-store';
import { type IncidentEventsDto } from './dto/incident-responses.dto';

/**
 * The public shape of a stream (issue 5); personal data stays out of this listing.
 * Amounts are shown in major units like every other response; the hash chain covers
 * the stored form, which is why the server, not the client, verifies it.
 */
export function toEventsResponse(events: StoredEvent[]): IncidentEventsDto {
  return {
    items: events.map((event) => ({
      eventId: event.eventId,
      streamVersion: event.streamVersion,
      globalPosition: event.globalPosition,
      type: event.type,
      data: withMajorUnits(event.data),
      metadata: event.metadata as unknown as Record<string, unknown>,
      occurredAt: event.occurredAt.toISOString(),
      recordedAt: event.recordedAt.toISOString(),
      hash: event.hash,
      prevHash: event.prevHash,
    })),
  };
}

/**
 * Event data with its money in major units: the `amount` of remedy and approval
 * events, and the limits of the rule that applied (its `source` is already written
 * in major units). Events store minor units (incident-events.ts).
 */
export function withMajorUnits(data: Record<string, unknown>): Record<string, unknown> {
  const shown = { ...data };
  if (typeof data.amount === 'number' && typeof data.currency === 'string')
    shown.amount = toMajorUnits(data.amount as MinorUnits, data.currency);
  const rule = data.rule as Record<string, unknown> | undefined;
  if (typeof rule === 'object' && rule !== null && typeof rule.currency === 'string') {
    const currency = rule.currency;
    const major = (limit: unknown) =>
      typeof limit === 'number' ? toMajorUnits(limit as MinorUnits, currency) : limit;
    shown.rule = {
      ...rule,
      frontlineLimit: major(rule.frontlineLimit),
      supervisorLimit: major(rule.supervisorLimit),
    };
  }
  return shown;
}
