import { incidentIdFromStreamId } from '@recovery/domain';
import { type StoredEvent } from '@recovery/event-store';
import { signWebhook } from '../signing/standard-webhooks.util';

export interface WebhookMessage {
  headers: Record<string, string>;
  body: string;
}

/**
 * One event as a CloudEvent in binary mode (attributes as `ce-*` headers, the event's
 * data as the body), signed as Standard Webhooks says. `ce-id` is the event id and
 * `webhook-id` the delivery id: both stay the same on every attempt and redelivery.
 * `ce-source` is the incident's resource path, which a receiver can GET for the rest.
 */
export function toWebhookMessage(
  event: StoredEvent,
  delivery: { deliveryId: string; secret: string; sentAt: Date },
): WebhookMessage {
  const body = JSON.stringify(event.data);
  const incidentId = incidentIdFromStreamId(event.streamId) ?? event.streamId;
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-id': event.eventId,
      'ce-source': `/v1/incidents/${incidentId}`,
      'ce-type': event.type,
      'ce-subject': incidentId,
      'ce-time': event.recordedAt.toISOString(),
      // Extension attribute: the event's place in its incident's stream (1, 2, 3…).
      'ce-streamversion': String(event.streamVersion),
      ...signWebhook(delivery.secret, { id: delivery.deliveryId, sentAt: delivery.sentAt, body }),
    },
  };
}
