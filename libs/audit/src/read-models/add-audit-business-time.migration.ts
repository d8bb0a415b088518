import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Business time and time paused (issue 12). audit_incidents gains each clock's
 * figure in the open time of the site's calendar, the rules its deadlines ran under,
 * and its pauses' totals; audit_sla_pauses keeps one row per ended pause, so the
 * totals are recomputed from rows rather than added to (a replayed resume cannot
 * count twice).
 *
 * Rows already projected come from events recorded before issue 12, when every
 * clock counted calendar time and nothing paused: their business figures are the
 * calendar ones, as the projection reads those events too.
 */
export class AddAuditBusinessTime1765410000001 implements MigrationInterface {
  name = 'AddAuditBusinessTime1765410000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_incidents
        ADD COLUMN acknowledge_clock       text,
        ADD COLUMN resolve_clock           text,
        ADD COLUMN calendar_key            text,
        ADD COLUMN calendar_version        integer,
        ADD COLUMN acknowledge_business_ms bigint,
        ADD COLUMN resolve_business_ms     bigint,
        ADD COLUMN paused_ms               bigint NOT NULL DEFAULT 0,
        ADD COLUMN times_paused            integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      UPDATE audit_incidents
         SET acknowledge_clock = 'calendar', resolve_clock = 'calendar',
             acknowledge_business_ms = acknowledge_ms, resolve_business_ms = resolve_ms`);
    await queryRunner.query(`
      CREATE TABLE ${AUDIT_PAUSES_TABLE} (
        event_id            uuid PRIMARY KEY,
        incident_id         uuid NOT NULL,
        paused_at           timestamptz NOT NULL,
        resumed_at          timestamptz NOT NULL,
        paused_ms           bigint NOT NULL,
        business_paused_ms  bigint,
        trigger             text
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_sla_pauses_incident_idx ON ${AUDIT_PAUSES_TABLE} (incident_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${AUDIT_PAUSES_TABLE}`);
    await queryRunner.query(`
      ALTER TABLE audit_incidents
        DROP COLUMN times_paused, DROP COLUMN paused_ms, DROP COLUMN resolve_business_ms,
        DROP COLUMN acknowledge_business_ms, DROP COLUMN calendar_version, DROP COLUMN calendar_key,
        DROP COLUMN resolve_clock, DROP COLUMN acknowledge_clock`);
  }
}

/** One row per ended pause of a resolve clock; the projection's reset empties it too. */
export const AUDIT_PAUSES_TABLE = 'audit_sla_pauses';
