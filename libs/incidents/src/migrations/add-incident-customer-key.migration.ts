import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Incidents are found by their customer through the customer's data key (issue 14):
 * `customer_ref` now holds sealed text, which no index can search. `?q=` hashes the
 * reference it is given, finds that customer's key id and matches it exactly, so the
 * prefix index on the reference in clear goes.
 */
export class AddIncidentCustomerKey1766100000002 implements MigrationInterface {
  name = 'AddIncidentCustomerKey1766100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE incident_state ADD COLUMN customer_key_id uuid`);
    // Rows already sealed (a migration undone and redone) name their key in customer_ref.
    await queryRunner.query(
      `UPDATE incident_state
          SET customer_key_id = substring(customer_ref FROM '^sealed:v1:([0-9a-f-]{36}):')::uuid
        WHERE customer_ref LIKE 'sealed:v1:%'`,
    );
    await queryRunner.query(
      `CREATE INDEX incident_state_customer_key_idx ON incident_state (customer_key_id)`,
    );
    await queryRunner.query(`DROP INDEX incident_state_customer_ref_prefix_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX incident_state_customer_ref_prefix_idx
          ON incident_state (lower(customer_ref) text_pattern_ops)`,
    );
    await queryRunner.query(`DROP INDEX incident_state_customer_key_idx`);
    await queryRunner.query(`ALTER TABLE incident_state DROP COLUMN customer_key_id`);
  }
}
