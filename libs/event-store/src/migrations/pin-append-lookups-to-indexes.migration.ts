import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_FUNCTIONS = [
  `append_event(text, bigint, uuid, text, integer, jsonb, jsonb, timestamptz, bytea, bytea, text,
     bytea, jsonb)`,
  `append_event_batch(text, bigint, uuid[], text[], integer[], jsonb[], jsonb[], timestamptz[],
     bytea[], bytea[], text[], bytea[], jsonb[])`,
];

/**
 * The append functions plan their lookups (the stream's head, the event ids already
 * stored) without sequential scans. A function's plans live as long as its
 * connection and are re-planned only when statistics change: planned while `events`
 * was empty, with autovacuum off or before its first analyze, every later append
 * read the whole table (seen: a 1,000,000-event seed slowing to 190 events/s).
 * Every statement in them has an index to use, so the setting only removes the trap.
 */
export class PinAppendLookupsToIndexes1763870000006 implements MigrationInterface {
  name = 'PinAppendLookupsToIndexes1763870000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const signature of APPEND_FUNCTIONS)
      await queryRunner.query(`ALTER FUNCTION ${signature} SET enable_seqscan = off`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const signature of APPEND_FUNCTIONS)
      await queryRunner.query(`ALTER FUNCTION ${signature} RESET enable_seqscan`);
  }
}
