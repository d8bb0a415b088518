import { incidentStreamId } from '@recovery/domain';
import { type DataSource } from 'typeorm';

/** The incidents' domain events (their event store rows) by type, most frequent first. */
export async function storedEventTypes(
  dataSource: DataSource,
  incidentIds: readonly string[],
): Promise<{ type: string; events: number }[]> {
  const rows = await dataSource.query<{ type: string; events: string }[]>(
    `SELECT type, count(*) AS events FROM events WHERE stream_id = ANY($1)
      GROUP BY type ORDER BY count(*) DESC, type`,
    [incidentIds.map(incidentStreamId)],
  );
  return rows.map((r) => ({ type: r.type, events: Number(r.events) }));
}

/** One incident's domain event types in stream order. */
export async function streamEventTypes(
  dataSource: DataSource,
  incidentId: string,
): Promise<string[]> {
  const rows = await dataSource.query<{ type: string }[]>(
    'SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version',
    [incidentStreamId(incidentId)],
  );
  return rows.map((r) => r.type);
}
