import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The current state of each incident (issue 3: an inline projection, written in
 * the append's transaction). Filterable columns are copied out of `state` (the
 * full domain fold) so list queries use indexes, not jsonb scans. The list is
 * ordered newest first by (opened_at, incident_id), which is also the cursor.
 */
export class CreateIncidentState1763872000001 implements MigrationInterface {
  name = 'CreateIncidentState1763872000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE incident_state (
        incident_id              uuid PRIMARY KEY,
        status                   text NOT NULL,
        kind                     text NOT NULL,
        channel                  text NOT NULL,
        site                     text NOT NULL,
        category                 text NOT NULL,
        severity                 text NOT NULL,
        customer_ref             text NOT NULL,
        summary                  text NOT NULL,
        policy_key               text NOT NULL,
        policy_version           integer NOT NULL,
        acknowledge_by           timestamptz NOT NULL,
        resolve_by               timestamptz NOT NULL,
        acknowledged_at          timestamptz,
        resolved_at              timestamptz,
        closed_at                timestamptz,
        escalation_level         integer NOT NULL,
        acknowledgement_overdue  boolean NOT NULL,
        resolution_overdue       boolean NOT NULL,
        reopen_count             integer NOT NULL,
        opened_at                timestamptz NOT NULL,
        stream_version           integer NOT NULL,
        updated_at               timestamptz NOT NULL DEFAULT now(),
        state                    jsonb NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX incident_state_opened_idx ON incident_state (opened_at DESC, incident_id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX incident_state_site_status_idx ON incident_state (site, status, opened_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX incident_state_status_idx ON incident_state (status, opened_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE incident_state`);
  }
}
