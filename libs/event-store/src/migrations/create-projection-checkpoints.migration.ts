import { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per projection: how far in the global order its read model has applied. */
export class CreateProjectionCheckpoints1763870000004 implements MigrationInterface {
  name = 'CreateProjectionCheckpoints1763870000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE projection_checkpoints (
        projection_name  text PRIMARY KEY,
        transaction_id   xid8 NOT NULL DEFAULT '0',
        global_position  bigint NOT NULL DEFAULT 0,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE projection_checkpoints`);
  }
}
