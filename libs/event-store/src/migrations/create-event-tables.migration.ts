import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events and erasable personal data. There is no stream table: a stream is its rows,
 * its head the newest one. Three indexes on `events`, one per access path:
 * (stream_id, stream_version) for the head, readStream and the gapless-version
 * guarantee; event_id for idempotent retries; (transaction_id, global_position) for readAll.
 */
export class CreateEventTables1763870000001 implements MigrationInterface {
  name = 'CreateEventTables1763870000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE event_global_position_seq AS bigint`);
    await queryRunner.query(`
      CREATE TABLE events (
        stream_id             text NOT NULL,
        stream_version        bigint NOT NULL CHECK (stream_version >= 1),
        global_position       bigint NOT NULL,
        transaction_id        xid8 NOT NULL,
        event_id              uuid NOT NULL,
        type                  text NOT NULL,
        schema_version        integer NOT NULL CHECK (schema_version >= 1),
        data                  jsonb NOT NULL,
        metadata              jsonb NOT NULL,
        personal_data_digest  bytea CHECK (length(personal_data_digest) = 32),
        occurred_at           timestamptz NOT NULL,
        recorded_at           timestamptz NOT NULL,
        prev_hash             bytea NOT NULL,
        hash                  bytea NOT NULL,
        CONSTRAINT events_pkey PRIMARY KEY (stream_id, stream_version),
        CONSTRAINT events_event_id_key UNIQUE (event_id),
        CONSTRAINT events_global_order_key UNIQUE (transaction_id, global_position)
      )`);
    // Personal data lives outside the immutable rows so that erasing it (DELETE) is
    // possible; the chain covers only its salted digest (events.personal_data_digest).
    await queryRunner.query(`
      CREATE TABLE event_personal_data (
        event_id    uuid PRIMARY KEY REFERENCES events (event_id),
        subject_id  text NOT NULL,
        salt        bytea NOT NULL,
        data        jsonb NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX event_personal_data_subject_idx ON event_personal_data (subject_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_personal_data`);
    await queryRunner.query(`DROP TABLE events`);
    await queryRunner.query(`DROP SEQUENCE event_global_position_seq`);
  }
}
