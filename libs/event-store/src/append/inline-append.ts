import { DataSource } from 'typeorm';
import { type StoredEvent } from '../event-store.types';
import { type Projection } from '../projections/projection.types';
import { inTransaction } from '../transaction.util';
import { type AppendedRow, type AppendRequest } from './append-request.util';

/**
 * Appends and runs inline projections in one transaction, so a caller that reads a
 * read model right after `append` sees its own write. Costs BEGIN/COMMIT and the
 * projections' own statements on top of the single append round trip. A replayed
 * (idempotent) append skips the projections: they ran with the original append.
 */
export async function runInlineAppend(
  dataSource: DataSource,
  request: AppendRequest,
  projections: readonly Projection[],
  toEvents: (row: AppendedRow) => StoredEvent[],
): Promise<AppendedRow> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    return await inTransaction(queryRunner, async () => {
      const [row] = (await queryRunner.query(
        request.statement.text,
        request.params,
      )) as AppendedRow[];
      if (row.replayed) return row;
      const events = toEvents(row);
      for (const projection of projections) {
        const handled = events.filter((event) => projection.handles(event.type));
        if (handled.length > 0) await projection.apply(queryRunner, handled);
      }
      return row;
    });
  } finally {
    await queryRunner.release();
  }
}
