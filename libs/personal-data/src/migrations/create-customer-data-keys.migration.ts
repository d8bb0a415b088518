import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { DATABASE_ROLES } from '@recovery/database/database-roles';

/**
 * One data key per customer (issue 14, item 3), found by the keyed hash of their
 * reference, stored wrapped by PERSONAL_DATA_KEY. Erasure deletes the row: every
 * copy of that customer's sealed text — events, read models, Temporal histories,
 * backups of any of them — is unreadable from then on. The apps may create, read and
 * destroy keys, never rewrite one.
 */
export class CreateCustomerDataKeys1766100000001 implements MigrationInterface {
  name = 'CreateCustomerDataKeys1766100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE customer_data_keys (
        key_id           uuid PRIMARY KEY,
        customer_lookup  bytea NOT NULL UNIQUE,
        wrapped_key      bytea NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, DELETE ON TABLE customer_data_keys TO ${DATABASE_ROLES.application}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE customer_data_keys`);
  }
}
