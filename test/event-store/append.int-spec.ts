import { type DataSource } from 'typeorm';
import {
  DuplicateEventConflict,
  EventStore,
  StreamVersionConflict,
  type ExpectedVersion,
} from '@recovery/event-store';
import {
  anEvent,
  newStreamId,
  openTestDataSource,
  useEventStore,
} from './event-store-database.util';

describe('EventStore.append', () => {
  const fixture = useEventStore();

  it('stores events with gapless versions, increasing positions and a hash chain', async () => {
    const streamId = newStreamId();
    const first = await fixture.store.append(
      streamId,
      [anEvent('IncidentOpened', { site: 'LHR' })],
      {
        expectedVersion: 'no_stream',
      },
    );
    const next = await fixture.store.append(
      streamId,
      [anEvent('IncidentAcknowledged'), anEvent('PromiseMade')],
      {
        expectedVersion: first.nextExpectedVersion,
      },
    );

    const events = await fixture.store.readStream(streamId);
    expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    expect(next.nextExpectedVersion).toBe(3);
    expect(events[1].globalPosition).toBeGreaterThan(events[0].globalPosition);
    expect(events[0].prevHash).toBe('0'.repeat(64));
    expect(events[1].prevHash).toBe(events[0].hash);
    expect(events[2].prevHash).toBe(events[1].hash);
    expect(events[0].data).toEqual({ site: 'LHR' });
    expect(await fixture.store.readStream(streamId, { fromVersion: 2 })).toHaveLength(2);
  });

  it('enforces all four expected-version kinds and reports the actual version', async () => {
    const streamId = newStreamId();
    const attempt = (expectedVersion: ExpectedVersion) =>
      fixture.store.append(streamId, [anEvent('Noted')], { expectedVersion });
    const conflictAt = async (expectedVersion: ExpectedVersion, actual: number) => {
      const error: unknown = await attempt(expectedVersion).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StreamVersionConflict);
      expect((error as StreamVersionConflict).actualVersion).toBe(actual);
    };

    await conflictAt('stream_exists', 0);
    await conflictAt(3, 0);
    await attempt('no_stream');
    await conflictAt('no_stream', 1);
    await conflictAt(0, 1);
    await attempt(1);
    await conflictAt(1, 2);
    await attempt('any');
    await attempt('stream_exists');
    expect((await fixture.store.readStream(streamId)).map((e) => e.streamVersion)).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('lets exactly one of many concurrent connections win each expected version, burning no position', async () => {
    const streamId = newStreamId();
    // One single-connection DataSource per writer: currval() is per session, so each
    // writer can tell whether its own attempt drew a global position.
    const writers = await Promise.all(Array.from({ length: 8 }, () => openTestDataSource(1)));
    try {
      const stores = writers.map((ds) => new EventStore(ds));
      const rounds = 5;
      for (let version = 0; version < rounds; version += 1) {
        const before = await Promise.all(writers.map((ds) => drawPosition(ds)));
        const outcomes = await Promise.allSettled(
          stores.map((s) =>
            s.append(streamId, [anEvent('Raced'), anEvent('Raced')], {
              expectedVersion: version * 2,
            }),
          ),
        );
        const after = await Promise.all(writers.map((ds) => currentPosition(ds)));

        const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
        expect(winners).toHaveLength(1);
        for (const [i, outcome] of outcomes.entries()) {
          if (outcome.status === 'fulfilled') {
            expect(after[i]).toBe(outcome.value.events[1].globalPosition);
          } else {
            expect(outcome.reason).toBeInstanceOf(StreamVersionConflict);
            expect((outcome.reason as StreamVersionConflict).actualVersion).toBe(version * 2 + 2);
            expect(after[i]).toBe(before[i]); // the loser drew no position
          }
        }
      }
      const events = await fixture.store.readStream(streamId);
      expect(events.map((e) => e.streamVersion)).toEqual(
        Array.from({ length: rounds * 2 }, (_, i) => i + 1),
      );
      expect(new Set(events.map((e) => e.eventId)).size).toBe(rounds * 2);
      expect((await fixture.store.verify(streamId)).ok).toBe(true);
    } finally {
      await Promise.all(writers.map((ds) => ds.destroy()));
    }
  });

  it('answers a retried append with the stored events and writes nothing', async () => {
    const streamId = newStreamId();
    const events = [
      anEvent('RemedyOffered', { remedy: 'taxi' }),
      anEvent('RemedyGranted', { remedy: 'taxi' }),
    ];
    const original = await fixture.store.append(streamId, events, { expectedVersion: 'no_stream' });
    await fixture.store.append(streamId, [anEvent('Noted')], { expectedVersion: 2 });

    // A retried activity: same ids and content, a later clock, a stale expected version.
    const later = new Date(Date.now() + 60_000);
    const retry = await fixture.store.append(
      streamId,
      events.map((e) => ({ ...e, occurredAt: later })),
      {
        expectedVersion: 'no_stream',
      },
    );

    expect(retry.replayed).toBe(true);
    expect(retry.events.map((e) => [e.eventId, e.globalPosition, e.hash])).toEqual(
      original.events.map((e) => [e.eventId, e.globalPosition, e.hash]),
    );
    expect(retry.events[0].occurredAt).toEqual(original.events[0].occurredAt);
    expect(await fixture.store.readStream(streamId)).toHaveLength(3);
  });

  it('lets a retry racing its original succeed without a duplicate', async () => {
    const streamId = newStreamId();
    const events = [anEvent('IncidentOpened'), anEvent('IncidentAcknowledged')];
    const results = await Promise.all(
      [1, 2, 3].map(() => fixture.store.append(streamId, events, { expectedVersion: 'no_stream' })),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await fixture.store.readStream(streamId)).toHaveLength(2);
  });

  it('refuses a partly stored retry, a reused id with other content, and an id from another stream', async () => {
    const streamId = newStreamId();
    const stored = anEvent('PromiseMade', { by: '17:00' });
    await fixture.store.append(streamId, [stored], { expectedVersion: 'no_stream' });

    const refusals = [
      fixture.store.append(streamId, [stored, anEvent('PromiseKept')], { expectedVersion: 'any' }),
      fixture.store.append(streamId, [{ ...stored, data: { by: '18:00' } }], {
        expectedVersion: 'any',
      }),
      fixture.store.append(newStreamId(), [stored], { expectedVersion: 'any' }),
    ];
    for (const refusal of refusals)
      await expect(refusal).rejects.toBeInstanceOf(DuplicateEventConflict);
    expect(await fixture.store.readStream(streamId)).toHaveLength(1);
  });

  it('writes nothing of a batch when the append fails', async () => {
    const streamId = newStreamId();
    await fixture.store.append(streamId, [anEvent('IncidentOpened')], {
      expectedVersion: 'no_stream',
    });
    const taken = (await fixture.store.readStream(streamId))[0].eventId;
    const batch = [anEvent('A'), anEvent('B'), { ...anEvent('C'), eventId: taken }];
    await expect(
      fixture.store.append(newStreamId(), batch, { expectedVersion: 'any' }),
    ).rejects.toBeInstanceOf(DuplicateEventConflict);
    const ids = batch.slice(0, 2).map((e) => e.eventId);
    const rows = await fixture.dataSource.query<unknown[]>(
      'SELECT 1 FROM events WHERE event_id = ANY ($1::uuid[])',
      [ids],
    );
    expect(rows).toHaveLength(0);
  });
});

async function drawPosition(dataSource: DataSource): Promise<number> {
  const rows = await dataSource.query<{ p: string }[]>(
    `SELECT nextval('event_global_position_seq') AS p`,
  );
  return Number(rows[0].p);
}

async function currentPosition(dataSource: DataSource): Promise<number> {
  const rows = await dataSource.query<{ p: string }[]>(
    `SELECT currval('event_global_position_seq') AS p`,
  );
  return Number(rows[0].p);
}
