import { setTimeout as sleep } from 'node:timers/promises';
import {
  EventStore,
  type Checkpoint,
  type Projection,
  type StoredEvent,
} from '@recovery/event-store';
import { anEvent, newStreamId, useEventStore } from './event-store-database.util';

describe('EventStore.readAll', () => {
  const fixture = useEventStore();

  async function snapshotXmin(): Promise<number> {
    const rows = await fixture.dataSource.query<{ x: string }[]>(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS x`,
    );
    return Number(rows[0].x);
  }

  async function nextTransactionId(): Promise<number> {
    const rows = await fixture.dataSource.query<{ x: string }[]>(
      `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`,
    );
    return Number(rows[0].x);
  }

  async function drain(after: Checkpoint): Promise<Checkpoint> {
    for (let checkpoint = after; ;) {
      const page = await fixture.store.readAll({ after: checkpoint, limit: 500 });
      if (page.events.length === 0) return checkpoint;
      checkpoint = page.checkpoint;
    }
  }

  it('pages through the global order from a checkpoint', async () => {
    const start = await drain({ transactionId: 0, globalPosition: 0 });
    const streamId = newStreamId();
    await fixture.store.append(streamId, [anEvent('A'), anEvent('B'), anEvent('C')], {
      expectedVersion: 'no_stream',
    });

    // Pages of one; an empty page only means "nothing safe yet" while another
    // transaction holds the horizon back, so keep polling (bounded) until ours appear.
    const seen: StoredEvent[] = [];
    const ours = () => seen.filter((e) => e.streamId === streamId);
    const deadline = Date.now() + 20_000;
    for (let checkpoint = start; ours().length < 3 && Date.now() < deadline;) {
      const page = await fixture.store.readAll({ after: checkpoint, limit: 1 });
      expect(page.events.length).toBeLessThanOrEqual(1);
      seen.push(...page.events);
      checkpoint = page.checkpoint;
      if (page.events.length === 0) await sleep(5);
    }
    expect(ours().map((e) => e.type)).toEqual(['A', 'B', 'C']);
  });

  it('misses nothing and sees nothing twice while concurrent writers commit out of position order', async () => {
    // Writers hold their transaction open for a random while after drawing positions
    // (a slow inline projection), so later positions often commit first: the case
    // where a reader ordering by position alone skips events for good.
    const slow: Projection = {
      name: 'slow-commit',
      handles: () => true,
      apply: () => sleep(Math.random() * 15),
    };
    const writer = new EventStore(fixture.dataSource, { inlineProjections: [slow] });
    let checkpoint = await drain({ transactionId: 0, globalPosition: 0 }); // before any writer starts
    const streams = Array.from({ length: 6 }, () => newStreamId('catch-up'));
    const written = new Set<string>();
    const commitOrder: number[] = []; // each append's first position, in the order commits returned

    const writers = streams.map(async (streamId) => {
      let version = 0;
      for (let round = 0; round < 15; round += 1) {
        const batch = Array.from({ length: 1 + (round % 3) }, () => anEvent('Written'));
        const result = await writer.append(streamId, batch, { expectedVersion: version });
        commitOrder.push(result.events[0].globalPosition);
        version += batch.length;
        batch.forEach((e) => written.add(e.eventId));
      }
    });

    const seen: StoredEvent[] = [];
    let horizonTarget: number | null = null; // every writer's xid is below it once writers are done
    const reader = (async () => {
      for (;;) {
        // Decided before the read: once no transaction that could hold our events is
        // ahead of the horizon, an empty page means the reader has everything. (Another
        // test's open transaction may hold the horizon back for a while: we wait.)
        const complete = horizonTarget !== null && (await snapshotXmin()) >= horizonTarget;
        const page = await fixture.store.readAll({ after: checkpoint, limit: 7 });
        seen.push(...page.events.filter((e) => streams.includes(e.streamId)));
        checkpoint = page.checkpoint;
        if (page.events.length > 0) continue;
        if (complete) return;
        await sleep(2);
      }
    })();
    await Promise.all(writers);
    horizonTarget = await nextTransactionId();
    await reader;

    const ids = seen.map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length); // nothing twice
    expect(new Set(ids)).toEqual(written); // nothing missed
    for (const streamId of streams) {
      const versions = seen.filter((e) => e.streamId === streamId).map((e) => e.streamVersion);
      expect(versions).toEqual(versions.map((_, i) => i + 1));
    }
    // The scenario really happened: appends committed after others holding higher positions.
    const committedLate = commitOrder.filter((position, i) =>
      commitOrder.slice(0, i).some((earlier) => earlier > position),
    );
    expect(committedLate.length).toBeGreaterThan(0);
  });
});
