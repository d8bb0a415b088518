import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_POLICIES } from '../default-policies';

/** Seeds version 1 of the default policy set; never overwrites an existing version. */
export class SeedDefaultPolicies1763871000002 implements MigrationInterface {
  name = 'SeedDefaultPolicies1763871000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const document of DEFAULT_POLICIES) {
      await queryRunner.query(
        `INSERT INTO policy_versions (key, version, document, created_by)
         VALUES ($1, 1, $2::jsonb, 'seed') ON CONFLICT (key, version) DO NOTHING`,
        [document.key, JSON.stringify(document)],
      );
    }
  }

  async down(): Promise<void> {
    // Versions are immutable (see the trigger); seeded ones stay with the table.
  }
}
