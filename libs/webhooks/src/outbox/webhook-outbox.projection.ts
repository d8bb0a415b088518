import { type QueryRunner } from 'typeorm';
import {
  incidentIdFromStreamId,
  incidentStreamId,
  isIncidentEventType,
  sitesCover,
} from '@recovery/domain';
import { type Projection, type StoredEvent } from '@recovery/event-store';

export const WEBHOOK_OUTBOX_PROJECTION_NAME = 'webhook-outbox';

interface MatchingSubscription {
  subscription_id: string;
  event_types: string[];
  sites: string[];
  created_at: Date;
}

interface QueuedDelivery {
  subscriptionId: string;
  event: StoredEvent;
}

/**
 * Turns incident events into webhook deliveries: one row per event and subscription
 * that wants its type and its incident's site, and was created before the event was
 * recorded (a new subscription gets what happens next, not the past). It runs in the
 * worker's projection runner, so the deliveries and the checkpoint commit together:
 * every event is enqueued once, even across crashes. It cannot be rebuilt: that would
 * send every event again.
 */
export const webhookOutboxProjection: Projection = {
  name: WEBHOOK_OUTBOX_PROJECTION_NAME,
  handles: isIncidentEventType,
  async apply(queryRunner, events) {
    const subscriptions = (await queryRunner.query(
      `SELECT subscription_id, event_types, sites, created_at FROM webhook_subscriptions
        WHERE deleted_at IS NULL`,
    )) as MatchingSubscription[];
    if (subscriptions.length === 0) return;
    const sites = await incidentSites(queryRunner, events);
    const queued = events.flatMap((event) =>
      subscriptions
        .filter((subscription) => wants(subscription, event, sites.get(event.streamId)))
        .map((subscription) => ({ subscriptionId: subscription.subscription_id, event })),
    );
    if (queued.length > 0) await enqueue(queryRunner, queued);
  },
};

function wants(subscription: MatchingSubscription, event: StoredEvent, site?: string): boolean {
  return (
    site !== undefined &&
    subscription.created_at <= event.recordedAt &&
    subscription.event_types.includes(event.type) &&
    sitesCover(subscription.sites, site)
  );
}

/**
 * Each event's incident site, by stream, from the incident read model: it is written
 * inline with every append, so it already holds every incident these events belong to.
 */
async function incidentSites(
  queryRunner: QueryRunner,
  events: StoredEvent[],
): Promise<Map<string, string>> {
  const incidentIds = [...new Set(events.map((event) => incidentIdFromStreamId(event.streamId)))];
  const rows = (await queryRunner.query(
    `SELECT incident_id, site FROM incident_state WHERE incident_id = ANY($1::uuid[])`,
    [incidentIds.filter((id) => id !== undefined)],
  )) as { incident_id: string; site: string }[];
  return new Map(rows.map((row) => [incidentStreamId(row.incident_id), row.site]));
}

async function enqueue(queryRunner: QueryRunner, queued: QueuedDelivery[]): Promise<void> {
  await queryRunner.query(
    `INSERT INTO webhook_deliveries
       (delivery_id, subscription_id, event_id, event_type, stream_id, stream_version, global_position)
     SELECT gen_random_uuid(), * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::bigint[])
     ON CONFLICT (subscription_id, event_id) DO NOTHING`,
    [
      queued.map((entry) => entry.subscriptionId),
      queued.map((entry) => entry.event.eventId),
      queued.map((entry) => entry.event.type),
      queued.map((entry) => entry.event.streamId),
      queued.map((entry) => entry.event.streamVersion),
      queued.map((entry) => entry.event.globalPosition),
    ],
  );
}
