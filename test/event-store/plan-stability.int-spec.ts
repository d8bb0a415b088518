import { type DataSource } from 'typeorm';
import { EventStore, eventStoreMigrations } from '@recovery/event-store';
import { openScratchDataSource, type ScratchDataSource } from '../support/test-database';
import { anEvent, newStreamId } from './event-store-database.util';

/**
 * A PL/pgSQL function keeps its plans for the life of the connection, re-planned only
 * when statistics change. Planned on an empty table they scan it whole: with
 * autovacuum off (or before its first analyze) every later append would read every
 * event. The append functions must probe their indexes however they were planned.
 */
describe('append plans', () => {
  let scratch: ScratchDataSource;
  let dataSource: DataSource;

  beforeAll(async () => {
    // One connection: every append below reuses the plans of the first.
    scratch = await openScratchDataSource('plans', eventStoreMigrations, 1);
    dataSource = scratch.dataSource;
    await dataSource.query(`ALTER TABLE events SET (autovacuum_enabled = off)`);
    await dataSource.query(`ANALYZE events`); // statistics of an empty table
  });
  afterAll(async () => {
    await scratch?.close();
  });

  it('use the indexes even when first planned on an empty table', async () => {
    const store = new EventStore(dataSource);
    const appendBoth = async () => {
      await store.append(newStreamId(), [anEvent('One')], { expectedVersion: 'no_stream' });
      await store.append(newStreamId(), [anEvent('A'), anEvent('B')], {
        expectedVersion: 'no_stream',
      });
    };
    await appendBoth(); // plans made now, on the empty table
    for (let i = 0; i < 20; i += 1) {
      await store.append(
        newStreamId(),
        Array.from({ length: 50 }, () => anEvent('Filler')),
        {
          expectedVersion: 'no_stream',
        },
      );
    }
    const before = await sequentialScansOfEvents();
    await appendBoth();
    expect(await sequentialScansOfEvents()).toBe(before);
  });

  async function sequentialScansOfEvents(): Promise<number> {
    await dataSource.query(`SELECT pg_stat_force_next_flush()`);
    await dataSource.query(`SELECT 1`); // the flush happens at the end of a transaction
    const [row] = await dataSource.query<{ seq_scan: string }[]>(
      `SELECT pg_stat_clear_snapshot(), seq_scan FROM pg_stat_user_tables WHERE relname = 'events'`,
    );
    return Number(row.seq_scan);
  }
});
