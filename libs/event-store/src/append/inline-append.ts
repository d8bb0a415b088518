import { DataSource } from 'typeorm';
import { type StoredEvent } from '../event-store.types';
import { type Projection } from '../projections/projection.types';
import { inTransaction } from '../transaction.util';
import { APPEND_EVENTS_SQL, type AppendedRow } from './append-request.util';

/**
 * Appends and runs inline projections in one transaction, so a caller that reads a
 * read model right after `append` sees its own write. Costs BEGIN/COMMIT and the
 * projections' own statements on top of the single append round trip. A replayed
 * (idempotent) append skips the projections: they ran with the original append.
 */
export async function runInlineAppend(
  dataSource: DataSource,
  params: unknown[],
  projections: readonly Projection[],
  toEvents: (rows: AppendedRow[]) => StoredEvent[],
): Promise<AppendedRow[]> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    return await inTransaction(queryRunner, async () => {
      const rows = (await queryRunner.query(APPEND_EVENTS_SQL, params)) as AppendedRow[];
      if (rows[0].replayed) return rows;
      const events = toEvents(rows);
      for (const projection of projections) {
        const handled = events.filter((event) => projection.handles(event.type));
        if (handled.length > 0) await projection.apply(queryRunner, handled);
      }
      return rows;
    });
  } finally {
    await queryRunner.release();
  }
}
