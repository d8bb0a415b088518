import { type QueryRunner } from 'typeorm';
import { START_CHECKPOINT, type Checkpoint } from '../event-store.types';

/** SQL for one projection's checkpoint row and advisory lock, on the runner's connection. */
export class ProjectionCheckpoints {
  constructor(
    private readonly name: string,
    private readonly startAfter: Checkpoint,
  ) {}

  async tryLock(queryRunner: QueryRunner): Promise<boolean> {
    const rows = (await queryRunner.query(
      `SELECT pg_try_advisory_lock(hashtextextended('projection:' || $1, 0)) AS locked`,
      [this.name],
    )) as { locked: boolean }[];
    return rows[0].locked;
  }

  async unlock(queryRunner: QueryRunner): Promise<void> {
    // A dead connection has already lost the lock; its error would hide the real one.
    if (queryRunner.connection.isInitialized && !queryRunner.isReleased) {
      await queryRunner
        .query(`SELECT pg_advisory_unlock(hashtextextended('projection:' || $1, 0))`, [this.name])
        .catch(() => undefined);
    }
  }

  /** Creates the row at the start if missing and returns the stored checkpoint. */
  async ensure(queryRunner: QueryRunner): Promise<Checkpoint> {
    await queryRunner.query(
      `INSERT INTO projection_checkpoints (projection_name, transaction_id, global_position)
       VALUES ($1, $2::text::xid8, $3) ON CONFLICT DO NOTHING`,
      [this.name, String(this.startAfter.transactionId), this.startAfter.globalPosition],
    );
    return (await this.read(queryRunner)) ?? START_CHECKPOINT;
  }

  async read(queryRunner: QueryRunner): Promise<Checkpoint | null> {
    const rows = (await queryRunner.query(
      `SELECT transaction_id::text AS transaction_id, global_position
         FROM projection_checkpoints WHERE projection_name = $1`,
      [this.name],
    )) as { transaction_id: string; global_position: string }[];
    const row = rows[0];
    return row
      ? { transactionId: Number(row.transaction_id), globalPosition: Number(row.global_position) }
      : null;
  }

  /** Moves the checkpoint only if it is still `from`; false means another writer moved it. */
  async compareAndSet(
    queryRunner: QueryRunner,
    from: Checkpoint,
    to: Checkpoint,
  ): Promise<boolean> {
    const result = await queryRunner.query(
      `UPDATE projection_checkpoints
          SET transaction_id = $4::text::xid8, global_position = $5, updated_at = now()
        WHERE projection_name = $1 AND transaction_id = $2::text::xid8 AND global_position = $3`,
      [
        this.name,
        String(from.transactionId),
        from.globalPosition,
        String(to.transactionId),
        to.globalPosition,
      ],
      true,
    );
    return (result as { affected?: number }).affected === 1;
  }

  async reset(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO projection_checkpoints (projection_name) VALUES ($1)
       ON CONFLICT (projection_name) DO UPDATE SET transaction_id = '0', global_position = 0, updated_at = now()`,
      [this.name],
    );
  }

  /** Events after a checkpoint, including those of transactions still in flight. */
  async countAfter(queryRunner: QueryRunner, checkpoint: Checkpoint): Promise<number> {
    const rows = (await queryRunner.query(
      `SELECT count(*) AS behind FROM events
        WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)`,
      [String(checkpoint.transactionId), checkpoint.globalPosition],
    )) as { behind: string }[];
    return Number(rows[0].behind);
  }
}
