import { DataSource } from 'typeorm';
import {
  type CreatedSubscription,
  type DeliveryStatus,
  type WebhookDelivery,
  type WebhookSubscription,
} from './subscription';

interface SubscriptionRow {
  subscription_id: string;
  url: string;
  event_types: string[];
  sites: string[];
  secret: string;
  created_at: Date;
  created_by: string;
}

interface DeliveryRow {
  delivery_id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  stream_id: string;
  stream_version: number;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Date;
  last_attempt_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: Date;
}

const SUBSCRIPTION_COLUMNS = 'subscription_id, url, event_types, sites, created_at, created_by';
const DELIVERY_COLUMNS = `delivery_id, subscription_id, event_id, event_type, stream_id, stream_version,
  status, attempts, next_attempt_at, last_attempt_at, last_status_code, last_error, delivered_at, created_at`;

const toSubscription = (row: Omit<SubscriptionRow, 'secret'>): WebhookSubscription => ({
  subscriptionId: row.subscription_id,
  url: row.url,
  eventTypes: row.event_types,
  sites: row.sites,
  createdAt: row.created_at.toISOString(),
  createdBy: row.created_by,
});

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

const toDelivery = (row: DeliveryRow): WebhookDelivery => ({
  deliveryId: row.delivery_id,
  subscriptionId: row.subscription_id,
  eventId: row.event_id,
  eventType: row.event_type,
  streamId: row.stream_id,
  streamVersion: row.stream_version,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
  lastAttemptAt: iso(row.last_attempt_at),
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  deliveredAt: iso(row.delivered_at),
  createdAt: row.created_at.toISOString(),
});

/** SQL access to subscriptions and the admin's view of their deliveries. */
export class SubscriptionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(subscription: Omit<CreatedSubscription, 'createdAt'>): Promise<CreatedSubscription> {
    const [row] = await this.dataSource.query<SubscriptionRow[]>(
      `INSERT INTO webhook_subscriptions
         (subscription_id, url, event_types, sites, secret, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${SUBSCRIPTION_COLUMNS}, secret`,
      [
        subscription.subscriptionId,
        subscription.url,
        subscription.eventTypes,
        subscription.sites,
        subscription.secret,
        subscription.createdBy,
      ],
    );
    return { ...toSubscription(row), secret: row.secret };
  }

  /** Subscriptions not ended, oldest first. */
  async listActive(): Promise<WebhookSubscription[]> {
    const rows = await this.dataSource.query<SubscriptionRow[]>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions
        WHERE deleted_at IS NULL ORDER BY created_at, subscription_id`,
    );
    return rows.map(toSubscription);
  }

  async findActive(subscriptionId: string): Promise<WebhookSubscription | undefined> {
    const [row] = await this.dataSource.query<SubscriptionRow[]>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions
        WHERE subscription_id = $1 AND deleted_at IS NULL`,
      [subscriptionId],
    );
    return row && toSubscription(row);
  }

  /**
   * Ends a subscription and drops its pending deliveries: nothing more is enqueued or
   * sent for it. False when it had already ended.
   */
  async end(subscriptionId: string, endedBy: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `WITH ended AS (
         UPDATE webhook_subscriptions SET deleted_at = now(), deleted_by = $2
          WHERE subscription_id = $1 AND deleted_at IS NULL
          RETURNING subscription_id),
       dropped AS (
         DELETE FROM webhook_deliveries
          WHERE status = 'pending' AND subscription_id IN (SELECT subscription_id FROM ended))
       SELECT subscription_id FROM ended`,
      [subscriptionId, endedBy],
    );
    return rows.length > 0;
  }

  /** A subscription's deliveries, newest first, after the `before` sequence (a cursor). */
  async deliveries(
    subscriptionId: string,
    page: { limit: number; before?: number; status?: DeliveryStatus },
  ): Promise<{ deliveries: WebhookDelivery[]; lastSequence?: number }> {
    const rows = await this.dataSource.query<(DeliveryRow & { sequence: string })[]>(
      `SELECT ${DELIVERY_COLUMNS}, sequence FROM webhook_deliveries
        WHERE subscription_id = $1
          AND ($2::bigint IS NULL OR sequence < $2)
          AND ($3::text IS NULL OR status = $3)
        ORDER BY sequence DESC LIMIT $4`,
      [subscriptionId, page.before ?? null, page.status ?? null, page.limit],
    );
    const last = rows.at(-1);
    return {
      deliveries: rows.map(toDelivery),
      lastSequence: rows.length === page.limit && last ? Number(last.sequence) : undefined,
    };
  }

  /**
   * Puts a delivery back in the queue, due now, with a fresh retry window; its id (the
   * receiver's `webhook-id`) stays, so a receiver that already has it can drop it.
   */
  async requeue(subscriptionId: string, deliveryId: string): Promise<WebhookDelivery | undefined> {
    const [row] = await this.dataSource.query<DeliveryRow[]>(
      // Selected from a CTE: TypeORM answers a bare UPDATE … RETURNING as [rows, count].
      `WITH requeued AS (
         UPDATE webhook_deliveries
            SET status = 'pending', next_attempt_at = now(), retrying_since = NULL
          WHERE subscription_id = $1 AND delivery_id = $2
          RETURNING ${DELIVERY_COLUMNS})
       SELECT * FROM requeued`,
      [subscriptionId, deliveryId],
    );
    return row && toDelivery(row);
  }
}
