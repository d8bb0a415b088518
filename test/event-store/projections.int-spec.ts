import { getEventListeners } from 'node:events';
import { setTimeout } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { type DataSource, type QueryRunner } from 'typeorm';
import {
  EventStore,
  ProjectionAlreadyRunning,
  ProjectionRunner,
  START_CHECKPOINT,
  type Checkpoint,
  type Projection,
  type ProjectionProgress,
  type StoredEvent,
} from '@recovery/event-store';
import { anEvent, newStreamId, openTestDataSource } from './event-store-database.util';

// Test read models: rows are keyed by a per-test projection name, never truncated.
const EFFECTS_TABLE = `CREATE TABLE IF NOT EXISTS es_test_projection_effects (
  projection_name text NOT NULL, event_id uuid NOT NULL, applied_at timestamptz NOT NULL DEFAULT clock_timestamp())`;
const STATE_TABLE = `CREATE TABLE IF NOT EXISTS es_test_incident_state (
  stream_id text PRIMARY KEY, version bigint NOT NULL, last_type text NOT NULL)`;

/** Records one row per applied event: a second application of an event shows as a duplicate row. */
function effectsProjection(
  type: string,
  onEvent?: (qr: QueryRunner, event: StoredEvent) => Promise<void>,
): Projection {
  const name = `effects-${randomUUID()}`;
  return {
    name,
    handles: (t) => t === type,
    async apply(queryRunner, events) {
      for (const event of events) {
        await queryRunner.query(
          `INSERT INTO es_test_projection_effects (projection_name, event_id) VALUES ($1, $2)`,
          [name, event.eventId],
        );
        await onEvent?.(queryRunner, event);
      }
    },
    async reset(queryRunner) {
      await queryRunner.query(`DELETE FROM es_test_projection_effects WHERE projection_name = $1`, [
        name,
      ]);
    },
  };
}

describe('projections', () => {
  let dataSource: DataSource;
  let store: EventStore;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    store = new EventStore(dataSource);
    await dataSource.query(EFFECTS_TABLE);
    await dataSource.query(STATE_TABLE);
  });
  afterAll(() => dataSource.destroy());

  async function effects(projection: Projection): Promise<string[]> {
    const rows = await dataSource.query<{ event_id: string }[]>(
      `SELECT event_id FROM es_test_projection_effects WHERE projection_name = $1 ORDER BY applied_at`,
      [projection.name],
    );
    return rows.map((row) => row.event_id);
  }

  /** A checkpoint no later than any event appended from now on: runners skip the rest of the shared store. */
  async function now(): Promise<Checkpoint> {
    const [newest] = await dataSource.query<{ txid: string; position: string }[]>(
      `SELECT transaction_id::text AS txid, global_position AS position FROM events
        ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return newest
      ? { transactionId: Number(newest.txid), globalPosition: Number(newest.position) }
      : START_CHECKPOINT;
  }

  async function appendTyped(type: string, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (const streamId of [newStreamId(), newStreamId()]) {
      const events = Array.from({ length: count / 2 }, () => anEvent(type));
      await store.append(streamId, events, { expectedVersion: 'no_stream' });
      ids.push(...events.map((e) => e.eventId));
    }
    return ids;
  }

  it('resumes after being killed mid-batch without applying any event twice', async () => {
    const type = `Counted-${randomUUID()}`;
    const startAfter = await now();
    const ids = await appendTyped(type, 10);
    let kills = 1;
    const projection = effectsProjection(type, async (queryRunner, event) => {
      if (event.eventId === ids[6] && kills-- > 0) {
        // The process dies: PostgreSQL sees the connection drop mid-transaction.
        await queryRunner.query('SELECT pg_terminate_backend(pg_backend_pid())');
      }
    });

    await expect(
      new ProjectionRunner(dataSource, store, projection, { batchSize: 2, startAfter }).catchUp(),
    ).rejects.toThrow();
    const afterCrash = await effects(projection);
    expect(afterCrash.length).toBeLessThan(ids.length);
    expect(afterCrash).toEqual(ids.slice(0, afterCrash.length)); // committed batches stay applied

    await new ProjectionRunner(dataSource, store, projection, {
      batchSize: 2,
      startAfter,
    }).catchUp();
    expect(await effects(projection)).toEqual(ids); // each event once, in global order
  });

  it('lets only one runner apply a projection at a time', async () => {
    const type = `Locked-${randomUUID()}`;
    const startAfter = await now();
    await appendTyped(type, 2);
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const projection = effectsProjection(type, async () => {
      entered();
      await blocked;
    });

    // run() polls: the events become readable only once every older transaction
    // has ended (xid8 ordering), which other test files' writers can delay.
    const stop = new AbortController();
    const options = { startAfter, pollIntervalMs: 50 };
    const first = new ProjectionRunner(dataSource, store, projection, options).run(stop.signal);
    await inside;
    await expect(
      new ProjectionRunner(dataSource, store, projection).catchUp(),
    ).rejects.toBeInstanceOf(ProjectionAlreadyRunning);
    release();
    while ((await effects(projection)).length < 2) await setTimeout(50);
    stop.abort();
    await first;
    expect(await effects(projection)).toHaveLength(2);
  });

  it('keeps polling without piling listeners on its stop signal', async () => {
    const projection = effectsProjection(`Idle-${randomUUID()}`);
    const stop = new AbortController();
    const runner = new ProjectionRunner(dataSource, store, projection, { pollIntervalMs: 5 });
    const running = runner.run(stop.signal);
    await setTimeout(500); // about a hundred idle polls once caught up
    const listeners = getEventListeners(stop.signal, 'abort').length;
    stop.abort();
    await running;
    expect(listeners).toBeLessThanOrEqual(1);
  });

  it('reports its lag and rebuilds from zero with progress', async () => {
    const type = `Rebuilt-${randomUUID()}`;
    const ids = await appendTyped(type, 6);
    const projection = effectsProjection(type);
    const runner = new ProjectionRunner(dataSource, store, projection, { batchSize: 500 });

    expect((await runner.lag()).eventsBehind).toBeGreaterThanOrEqual(ids.length);
    // Our events become readable once every older transaction has ended (xid8
    // ordering); another test file's open transaction can hold them back a while.
    while ((await effects(projection)).length < ids.length) {
      await runner.catchUp();
      await setTimeout(20);
    }
    const caughtUp = await runner.lag();
    const [newest] = await dataSource.query<{ txid: string }[]>(
      `SELECT max(transaction_id::text::bigint) AS txid FROM events WHERE event_id = ANY ($1::uuid[])`,
      [ids],
    );
    expect(caughtUp.checkpoint.transactionId).toBeGreaterThanOrEqual(Number(newest.txid));

    const progress: ProjectionProgress[] = [];
    await runner.rebuild((p) => progress.push(p));
    expect(await effects(projection)).toEqual(ids);
    expect(progress.length).toBeGreaterThan(0);
    const processed = progress.map((p) => p.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(progress[progress.length - 1].processed).toBeGreaterThanOrEqual(ids.length);
  });

  it('runs an inline projection in the append transaction: the caller reads its own write', async () => {
    const incidentState: Projection = {
      name: 'test-incident-state',
      handles: (type) => type.startsWith('Incident'),
      async apply(queryRunner, events) {
        for (const event of events) {
          await queryRunner.query(
            `INSERT INTO es_test_incident_state (stream_id, version, last_type) VALUES ($1, $2, $3)
             ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, last_type = EXCLUDED.last_type`,
            [event.streamId, event.streamVersion, event.type],
          );
          if (event.type === 'IncidentBroken') throw new Error('projection failed');
        }
      },
    };
    const inline = new EventStore(dataSource, { inlineProjections: [incidentState] });
    const streamId = newStreamId();
    const state = async () =>
      dataSource.query<{ version: string; last_type: string }[]>(
        `SELECT version, last_type FROM es_test_incident_state WHERE stream_id = $1`,
        [streamId],
      );

    await inline.append(streamId, [anEvent('IncidentOpened'), anEvent('IncidentAcknowledged')], {
      expectedVersion: 'no_stream',
    });
    expect(await state()).toEqual([{ version: '2', last_type: 'IncidentAcknowledged' }]);

    // The projection failing rolls the append back: events and read model stay together.
    await expect(
      inline.append(streamId, [anEvent('IncidentBroken')], { expectedVersion: 2 }),
    ).rejects.toThrow('projection failed');
    expect(await inline.readStream(streamId)).toHaveLength(2);
    expect(await state()).toEqual([{ version: '2', last_type: 'IncidentAcknowledged' }]);
  });
});
