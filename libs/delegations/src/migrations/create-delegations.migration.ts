import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Delegations as their streams fold (issue 12), written by an inline projection in
 * the append's transaction, so a revocation counts from the moment it is stored.
 * `delegation` is the whole fold; the columns beside it are what lookups filter on:
 * who holds what now (delegate, status, window) and who may see it (delegator, sites).
 */
export class CreateDelegations1765300000001 implements MigrationInterface {
  name = 'CreateDelegations1765300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE delegations (
        delegation_id  uuid PRIMARY KEY,
        delegator_id   text NOT NULL,
        delegate_id    text NOT NULL,
        sites          text[] NOT NULL,
        status         text NOT NULL,
        valid_from     timestamptz NOT NULL,
        valid_until    timestamptz NOT NULL,
        created_at     timestamptz NOT NULL,
        version        integer NOT NULL,
        delegation     jsonb NOT NULL
      )`);
    // Every approval decision and inbox read asks what its caller holds now.
    await queryRunner.query(
      `CREATE INDEX delegations_held_idx ON delegations (delegate_id, valid_until) WHERE status = 'active'`,
    );
    await queryRunner.query(`CREATE INDEX delegations_delegator_idx ON delegations (delegator_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE delegations`);
  }
}
