import { type QueryRunner } from 'typeorm';

/**
 * Runs `work` in a transaction on an already connected QueryRunner. When `work`
 * fails the original error is what the caller sees: a failed ROLLBACK (typically a
 * dead connection, which PostgreSQL rolls back by itself) must not mask it.
 */
export async function inTransaction<T>(
  queryRunner: QueryRunner,
  work: () => Promise<T>,
): Promise<T> {
  await queryRunner.startTransaction();
  try {
    const result = await work();
    await queryRunner.commitTransaction();
    return result;
  } catch (error) {
    if (queryRunner.isTransactionActive) {
      await queryRunner.rollbackTransaction().catch(() => undefined);
    }
    throw error;
  }
}
