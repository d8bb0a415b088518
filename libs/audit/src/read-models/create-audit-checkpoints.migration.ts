import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Signed checkpoints of the event store (issue 14): where the store stood, the digest
 * of every stream's head there, and the heads themselves, signed. Insert-only, as the
 * events are: a checkpoint rewritten would be a proof rewritten (its signature would
 * no longer verify, but a deleted one would simply be gone).
 */
export class CreateAuditCheckpoints1765500000001 implements MigrationInterface {
  name = 'CreateAuditCheckpoints1765500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_checkpoints (
        checkpoint_id    uuid PRIMARY KEY,
        sequence         bigserial UNIQUE,
        transaction_id   bigint NOT NULL,
        global_position  bigint NOT NULL,
        heads_digest     text NOT NULL,
        streams          integer NOT NULL,
        events           bigint NOT NULL,
        heads            jsonb NOT NULL,
        taken_at         timestamptz NOT NULL,
        taken_by         text NOT NULL,
        key_id           text NOT NULL,
        signature        text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE FUNCTION audit_checkpoints_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit checkpoints are never changed or deleted';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_checkpoints_no_change BEFORE UPDATE OR DELETE ON audit_checkpoints
      FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_immutable()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
      FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_checkpoints`);
    await queryRunner.query(`DROP FUNCTION audit_checkpoints_immutable()`);
  }
}
