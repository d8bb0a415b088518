import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registered sites (issue 12): a name, the zone site time is shown in, and the calendar
 * whose newest version a new incident's business clocks are pinned to (none: open
 * around the clock). `revision` counts the writes to a row, so the sum over the table
 * counts every write ever committed: the change token that invalidates the site
 * calendars cache in every process. A deleted row would lower that sum, so rows are
 * never deleted (the trigger); a site's incidents keep naming it anyway.
 */
export class CreateSites1765200000002 implements MigrationInterface {
  name = 'CreateSites1765200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sites (
        code          text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_-]{1,32}$'),
        name          text NOT NULL,
        time_zone     text NOT NULL,
        calendar_key  text,
        revision      integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        updated_by    text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE FUNCTION sites_not_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'sites are never deleted: register the site again with other values';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER sites_no_delete BEFORE DELETE ON sites
      FOR EACH ROW EXECUTE FUNCTION sites_not_deleted()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sites`);
    await queryRunner.query(`DROP FUNCTION sites_not_deleted()`);
  }
}
