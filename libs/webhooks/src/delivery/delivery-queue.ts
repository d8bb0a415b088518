import { DataSource } from 'typeorm';

/** A delivery due now, with what sending it needs. */
export interface DueDelivery {
  deliveryId: string;
  url: string;
  secret: string;
  streamId: string;
  streamVersion: number;
  attempts: number;
  retryingSince: Date | null;
}

interface DueRow {
  delivery_id: string;
  url: string;
  secret: string;
  stream_id: string;
  stream_version: number;
  attempts: number;
  retrying_since: Date | null;
}

export interface AttemptRecord {
  statusCode: number | null;
  error: string | null;
}

/** SQL of the dispatcher's queue: what is due, and what each attempt met. */
export class DeliveryQueue {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Pending deliveries due now, at most `limit`, skipping those in flight. Only the
   * lowest undelivered stream version of each subscription and stream is due: a later
   * event waits for the one before it (stream order per incident).
   */
  async due(limit: number, inFlight: readonly string[]): Promise<DueDelivery[]> {
    const rows = await this.dataSource.query<DueRow[]>(
      `SELECT d.delivery_id, s.url, s.secret, d.stream_id, d.stream_version, d.attempts, d.retrying_since
         FROM webhook_deliveries d
         JOIN webhook_subscriptions s USING (subscription_id)
        WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND s.deleted_at IS NULL
          AND d.delivery_id <> ALL($1::uuid[])
          AND NOT EXISTS (
            SELECT 1 FROM webhook_deliveries earlier
             WHERE earlier.subscription_id = d.subscription_id
               AND earlier.stream_id = d.stream_id
               AND earlier.status = 'pending'
               AND earlier.stream_version < d.stream_version)
        ORDER BY d.next_attempt_at, d.sequence
        LIMIT $2`,
      [inFlight, limit],
    );
    return rows.map((row) => ({
      deliveryId: row.delivery_id,
      url: row.url,
      secret: row.secret,
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      attempts: row.attempts,
      retryingSince: row.retrying_since,
    }));
  }

  async delivered(deliveryId: string, attempt: AttemptRecord): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries
          SET status = 'delivered', attempts = attempts + 1, last_attempt_at = now(),
              last_status_code = $2, last_error = NULL, delivered_at = now(), retrying_since = NULL
        WHERE delivery_id = $1`,
      [deliveryId, attempt.statusCode],
    );
  }

  async retryAt(
    deliveryId: string,
    attempt: AttemptRecord,
    retry: { at: Date; retryingSince: Date },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries
          SET attempts = attempts + 1, last_attempt_at = now(), last_status_code = $2,
              last_error = $3, next_attempt_at = $4, retrying_since = $5
        WHERE delivery_id = $1`,
      [deliveryId, attempt.statusCode, attempt.error, retry.at, retry.retryingSince],
    );
  }

  async failed(deliveryId: string, attempt: AttemptRecord): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries
          SET status = 'failed', attempts = attempts + 1, last_attempt_at = now(),
              last_status_code = $2, last_error = $3
        WHERE delivery_id = $1`,
      [deliveryId, attempt.statusCode, attempt.error],
    );
  }
}
