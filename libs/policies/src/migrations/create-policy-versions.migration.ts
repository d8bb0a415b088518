import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policies are data with immutable versions (DOMAIN.md §4): a new version is a new
 * row, never an update. The trigger makes that a property of the table, not a
 * promise of the code.
 */
export class CreatePolicyVersions1763871000001 implements MigrationInterface {
  name = 'CreatePolicyVersions1763871000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE policy_versions (
        key         text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
        version     integer NOT NULL CHECK (version >= 1),
        document    jsonb NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        created_by  text NOT NULL,
        CONSTRAINT policy_versions_pkey PRIMARY KEY (key, version)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION policy_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'policy versions are immutable: insert a new version instead';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER policy_versions_no_change BEFORE UPDATE OR DELETE ON policy_versions
      FOR EACH ROW EXECUTE FUNCTION policy_versions_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE policy_versions`);
    await queryRunner.query(`DROP FUNCTION policy_versions_immutable()`);
  }
}
