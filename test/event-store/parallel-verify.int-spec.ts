import { type Pool } from 'pg';
import { type DataSource } from 'typeorm';
import { EventStore, eventStoreMigrations, type VerifyReport } from '@recovery/event-store';
import { planStreamIdRanges } from '../../libs/event-store/src/verification/range-plan';
import { openScratchDataSource, type ScratchDataSource } from '../support/test-database';
import { anEvent, withoutTriggers } from './event-store-database.util';

/**
 * The whole-store verify in worker threads (issue 14, item 5) against the one-thread walk,
 * on a database of its own: the whole store is the point, and the shared one holds
 * other files' tampered streams. The threads run the TypeScript sources here
 * (typescript-thread-loader.ts), the built entry under dist/.
 */
describe('verify in worker threads', () => {
  const streamIds = Array.from({ length: 40 }, (_, i) => `s-${String(i).padStart(3, '0')}`);
  let scratch: ScratchDataSource;
  let dataSource: DataSource;

  beforeAll(async () => {
    scratch = await openScratchDataSource('verify_threads', eventStoreMigrations);
    dataSource = scratch.dataSource;
    const store = new EventStore(dataSource);
    for (const streamId of streamIds) {
      const personalData = { subjectId: `customer-${streamId}`, data: { name: `Ada ${streamId}` } };
      const events = [
        anEvent('IncidentOpened', { streamId }, { personalData }),
        ...Array.from({ length: 4 }, (_, n) => anEvent('Noted', { n, text: 'é "q" \\' })),
      ];
      await store.append(streamId, events, { expectedVersion: 'no_stream' });
    }
    await store.erasePersonalData('customer-s-020');
  });
  afterAll(async () => {
    await scratch?.close();
  });

  /** The one-thread report, after checking that three threads give exactly the same one. */
  async function verifiedAlike(): Promise<VerifyReport> {
    const single = await new EventStore(dataSource, { verifyThreads: 1 }).verify();
    expect(await new EventStore(dataSource, { verifyThreads: 3 }).verify()).toEqual(single);
    return single;
  }

  it('splits the store into as many stream-id ranges as threads', async () => {
    const client = await (dataSource.driver as unknown as { master: Pool }).master.connect();
    try {
      const ranges = await planStreamIdRanges(client, 3);
      expect(ranges).toHaveLength(3);
      expect(ranges[0].from).toBeNull();
      expect(ranges[2].to).toBeNull();
      expect(ranges[1]).toEqual({ from: ranges[0].to, to: ranges[2].from });
    } finally {
      client.release();
    }
  });

  it('verifies an intact store with the same counts, erased personal data included', async () => {
    expect(await verifiedAlike()).toEqual({
      ok: true,
      streams: 40,
      events: 200,
      erasedPersonalData: 1,
    });
  });

  // Cumulative: each break is in a stream before the previous ones, so it is the one named
  // first, whichever range (last, middle, first) holds it.
  it.each([
    [
      'hash-mismatch',
      's-035',
      3,
      `UPDATE events SET data = '{"n": 99}' WHERE stream_id = 's-035' AND stream_version = 3`,
    ],
    [
      'version-gap',
      's-025',
      3,
      `DELETE FROM events WHERE stream_id = 's-025' AND stream_version = 2`,
    ],
    [
      'prev-hash-mismatch',
      's-015',
      4,
      `UPDATE events SET prev_hash = sha256(prev_hash) WHERE stream_id = 's-015' AND stream_version = 4`,
    ],
    [
      'personal-data-mismatch',
      's-002',
      1,
      `UPDATE event_personal_data SET data = '{"name": "Eve"}' WHERE subject_id = 'customer-s-002'`,
    ],
  ])(
    'finds a %s in %s at version %i as one thread does',
    async (reason, streamId, streamVersion, sql) => {
      await withoutTriggers(dataSource, sql, []);
      const report = await verifiedAlike();
      expect(report).toMatchObject({ ok: false, broken: { streamId, streamVersion, reason } });
    },
  );
});
