import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Issue 10: `GET /v1/incidents?assignee=me` lists the incidents a person owns
 * (acknowledged by them, or reassigned to them). The assignee is copied out of
 * `state` into columns, as the other filters are, so the list uses an index.
 */
export class AddIncidentAssignee1764600000001 implements MigrationInterface {
  name = 'AddIncidentAssignee1764600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE incident_state ADD COLUMN assignee_kind text, ADD COLUMN assignee_id text`,
    );
    await queryRunner.query(
      `UPDATE incident_state
          SET assignee_kind = COALESCE(state->'assignee'->>'kind', CASE WHEN state ? 'acknowledgedBy' THEN 'person' END),
              assignee_id = COALESCE(state->'assignee'->>'id', state->'acknowledgedBy'->>'id')`,
    );
    await queryRunner.query(
      `CREATE INDEX incident_state_assignee_idx
          ON incident_state (assignee_kind, assignee_id, opened_at DESC, incident_id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE incident_state DROP COLUMN assignee_kind, DROP COLUMN assignee_id`,
    );
  }
}
