import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Business-hours calendars (issue 12) are versioned like policies: a new version is a
 * new row, never an update, so an incident pinned to a version can always read the
 * rules it ran under. The trigger makes that a property of the table.
 */
export class CreateCalendarVersions1765200000001 implements MigrationInterface {
  name = 'CreateCalendarVersions1765200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_versions (
        key         text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
        version     integer NOT NULL CHECK (version >= 1),
        document    jsonb NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        created_by  text NOT NULL,
        CONSTRAINT calendar_versions_pkey PRIMARY KEY (key, version)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION calendar_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'calendar versions are immutable: insert a new version instead';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER calendar_versions_no_change BEFORE UPDATE OR DELETE ON calendar_versions
      FOR EACH ROW EXECUTE FUNCTION calendar_versions_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_versions`);
    await queryRunner.query(`DROP FUNCTION calendar_versions_immutable()`);
  }
}
