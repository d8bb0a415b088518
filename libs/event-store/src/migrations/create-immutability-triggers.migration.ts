import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database itself refuses to change history (issue 3 §4): no UPDATE, DELETE or
 * TRUNCATE of events; personal data can be erased (DELETE) but never altered. A superuser can still
 * switch triggers off: that is what the hash chain and the heads digest are for.
 */
export class CreateImmutabilityTriggers1763870000003 implements MigrationInterface {
  name = 'CreateImmutabilityTriggers1763870000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION refuse_event_history_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION '% on % refused: event history is append-only', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'ESI01';
      END
      $fn$`);
    await queryRunner.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
        FOR EACH ROW EXECUTE FUNCTION refuse_event_history_change()`);
    await queryRunner.query(`
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_history_change()`);
    await queryRunner.query(`
      CREATE TRIGGER event_personal_data_erase_only BEFORE UPDATE ON event_personal_data
        FOR EACH ROW EXECUTE FUNCTION refuse_event_history_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER event_personal_data_erase_only ON event_personal_data`);
    await queryRunner.query(`DROP TRIGGER events_no_truncate ON events`);
    await queryRunner.query(`DROP TRIGGER events_append_only ON events`);
    await queryRunner.query(`DROP FUNCTION refuse_event_history_change()`);
  }
}
