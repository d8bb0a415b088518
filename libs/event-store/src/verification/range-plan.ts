import { type ClientBase } from 'pg';
import { rangesBetween, type StreamIdRange } from './stream-id-range';

/** Enough sampled events to place the boundaries within about 1 % of an even split. */
const SAMPLE_EVENTS = 20_000;

/**
 * Splits the store into up to `count` stream-id ranges of about as many events each,
 * at the quantiles of a sample of rows (TABLESAMPLE reads that share of pages, not the
 * table). Balance only affects speed: whatever the sample, the ranges cover every
 * stream id once. Run it in the snapshot the ranges will be walked in.
 */
export async function planStreamIdRanges(
  client: ClientBase,
  count: number,
): Promise<StreamIdRange[]> {
  if (count <= 1) return rangesBetween([]);
  const quantiles = Array.from({ length: count - 1 }, (_, i) => (i + 1) / count);
  const { rows } = await client.query<{ boundaries: string[] | null }>(
    `SELECT percentile_disc($1::float8[]) WITHIN GROUP (ORDER BY e.stream_id) AS boundaries
       FROM events e TABLESAMPLE SYSTEM (
         (SELECT CASE WHEN reltuples <= $2 THEN 100 ELSE 100 * $2 / reltuples END
            FROM pg_class WHERE oid = 'events'::regclass))`,
    [quantiles, SAMPLE_EVENTS],
  );
  // Few streams give repeated quantiles; a repeated boundary would make an empty range.
  return rangesBetween([...new Set(rows[0]?.boundaries ?? [])]);
}
