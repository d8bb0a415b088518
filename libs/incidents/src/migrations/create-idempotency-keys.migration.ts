import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Remembered responses, shared by two callers: the Idempotency-Key header
 * (scope = the caller) and CloudEvents intake dedupe (scope = the upstream
 * system, key = source + id). `status_code` is NULL while the first request is
 * still running, so a concurrent retry can tell "in progress" from "done".
 */
export class CreateIdempotencyKeys1763873000001 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1763873000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        scope          text NOT NULL,
        key            text NOT NULL,
        request_hash   text NOT NULL,
        status_code    integer,
        response_body  jsonb,
        created_at     timestamptz NOT NULL DEFAULT now(),
        completed_at   timestamptz,
        CONSTRAINT idempotency_keys_pkey PRIMARY KEY (scope, key)
      )`);
    await queryRunner.query(
      `CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_keys`);
  }
}
