import { randomUUID } from 'node:crypto';
import {
  getPostgreSQLEventStore,
  type PostgresEventStore,
} from '@event-driven-io/emmett-postgresql';
import { type Pool } from 'pg';
import { type DataSource } from 'typeorm';
import { type EventMetadata } from '@recovery/domain';
import { type EventStore, type NewEvent } from '@recovery/event-store';
import { type AppendOnce } from './bench-stats';

const metadata: EventMetadata = { actor: { id: 'bench', role: 'system' }, correlationId: 'bench' };
const payload = (n: number) => ({
  n,
  note: 'customer waited 40 minutes for a replacement vehicle',
  site: 'AMS',
});

/** Streams are owned by one writer each, so appends never conflict; versions are tracked locally. */
class StreamCursor {
  private readonly versions: number[];
  private readonly ids: string[];

  constructor(prefix: string, streamsPerWriter: number) {
    this.ids = Array.from({ length: streamsPerWriter }, (_, i) => `${prefix}-${randomUUID()}-${i}`);
    this.versions = this.ids.map(() => 0);
  }

  next(step: number): { streamId: string; version: number; advance: (by: number) => void } {
    const index = step % this.ids.length;
    return {
      streamId: this.ids[index],
      version: this.versions[index],
      advance: (by) => (this.versions[index] += by),
    };
  }
}

function cursors(prefix: string, writers: number, streams: number): StreamCursor[] {
  return Array.from(
    { length: writers },
    () => new StreamCursor(prefix, Math.max(1, Math.floor(streams / writers))),
  );
}

function newEvents(count: number, step: number): NewEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId: randomUUID(),
    type: 'BenchEventRecorded',
    data: payload(step * count + i),
    metadata,
  }));
}

/** This store: `batch` events per append, with expected-version check, dedupe and hash chain. */
export function oursScenario(
  store: EventStore,
  writers: number,
  streams: number,
  batch: number,
): AppendOnce {
  const byWriter = cursors('ours', writers, streams);
  return async (writer, step) => {
    const cursor = byWriter[writer].next(step);
    await store.append(cursor.streamId, newEvents(batch, step), {
      expectedVersion: cursor.version,
    });
    cursor.advance(batch);
    return batch;
  };
}

/**
 * The floor: one single-row INSERT into a copy of `events` with the same indexes, no
 * function, no hash. The copy is kept at the size of `events` (topped up with its rows):
 * an insert into a table of a few MB is not comparable to one into a million rows whose
 * indexes no longer fit in shared_buffers.
 */
export async function rawScenario(
  dataSource: DataSource,
  writers: number,
  streams: number,
): Promise<AppendOnce> {
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS bench_raw_events (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
  );
  await dataSource.query(`CREATE SEQUENCE IF NOT EXISTS bench_raw_position_seq AS bigint`);
  // Rows copied from events keep their stream ids; the scenario's own rows start with 'raw-'.
  await dataSource.query(
    `INSERT INTO bench_raw_events SELECT * FROM events
      WHERE global_position > (SELECT coalesce(max(global_position), 0) FROM bench_raw_events
                                WHERE stream_id NOT LIKE 'raw-%')`,
  );
  // Both tables in the same state: hint bits set, visibility map and statistics current.
  await dataSource.query(`VACUUM ANALYZE events, bench_raw_events`);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const byWriter = cursors('raw', writers, streams);
  const zero = Buffer.alloc(32);
  return async (writer, step) => {
    const cursor = byWriter[writer].next(step);
    const [event] = newEvents(1, step);
    await pool.query({
      name: 'bench_raw_insert',
      text: `INSERT INTO bench_raw_events (stream_id, stream_version, global_position, transaction_id, event_id, type,
               schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash)
             VALUES ($1, $2, nextval('bench_raw_position_seq'), pg_current_xact_id(), $3, $4, 1, $5, $6, now(), now(), $7, $7)`,
      values: [
        cursor.streamId,
        cursor.version + 1,
        event.eventId,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(metadata),
        zero,
      ],
    });
    cursor.advance(1);
    return 1;
  };
}

/** Emmett's PostgreSQL event store, one event per append with its expected-version check. */
export function emmettScenario(
  url: string,
  writers: number,
  streams: number,
): { append: AppendOnce; store: PostgresEventStore } {
  const store = getPostgreSQLEventStore(url);
  const byWriter = cursors('emmett', writers, streams);
  const append: AppendOnce = async (writer, step) => {
    const cursor = byWriter[writer].next(step);
    await store.appendToStream(
      cursor.streamId,
      [{ type: 'BenchEventRecorded', data: payload(step), metadata }],
      {
        expectedStreamVersion: BigInt(cursor.version),
      },
    );
    cursor.advance(1);
    return 1;
  };
  return { append, store };
}
