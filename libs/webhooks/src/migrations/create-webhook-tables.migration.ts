import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions and their deliveries (issue 13). A subscription is never
 * deleted, only ended (`deleted_at`): its deliveries stay readable and a receiver's
 * `webhook-id` never names two messages. One delivery per subscription and event,
 * written by the outbox projection in the transaction that moves its checkpoint, so
 * each event is enqueued exactly once and sent at least once. The dispatcher sends a
 * subscription's deliveries of one stream lowest `stream_version` first, one at a
 * time, which keeps every incident's events in stream order. Ending a subscription
 * drops its pending deliveries.
 */
export class CreateWebhookTables1765400000001 implements MigrationInterface {
  name = 'CreateWebhookTables1765400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_subscriptions (
        subscription_id  uuid PRIMARY KEY,
        url              text NOT NULL,
        event_types      text[] NOT NULL CHECK (cardinality(event_types) > 0),
        sites            text[] NOT NULL CHECK (cardinality(sites) > 0),
        secret           text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        created_by       text NOT NULL,
        deleted_at       timestamptz,
        deleted_by       text
      )`);
    await queryRunner.query(`
      CREATE TABLE webhook_deliveries (
        delivery_id      uuid PRIMARY KEY,
        sequence         bigserial UNIQUE,
        subscription_id  uuid NOT NULL REFERENCES webhook_subscriptions,
        event_id         uuid NOT NULL,
        event_type       text NOT NULL,
        stream_id        text NOT NULL,
        stream_version   integer NOT NULL,
        global_position  bigint NOT NULL,
        status           text NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts         integer NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz NOT NULL DEFAULT now(),
        retrying_since   timestamptz,
        last_attempt_at  timestamptz,
        last_status_code integer,
        last_error       text,
        delivered_at     timestamptz,
        created_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subscription_id, event_id)
      )`);
    await queryRunner.query(`
      CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at)
      WHERE status = 'pending'`);
    await queryRunner.query(`
      CREATE INDEX webhook_deliveries_stream_idx
      ON webhook_deliveries (subscription_id, stream_id, stream_version)
      WHERE status = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_deliveries`);
    await queryRunner.query(`DROP TABLE webhook_subscriptions`);
  }
}
