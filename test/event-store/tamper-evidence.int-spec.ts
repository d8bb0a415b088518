import { anEvent, newStreamId, useEventStore, withoutTriggers } from './event-store-database.util';

// Tampered rows stay in the shared database: other tests only ever verify their own streams.
describe('tamper evidence', () => {
  const fixture = useEventStore();

  async function streamOf(count: number): Promise<string> {
    const streamId = newStreamId();
    const events = Array.from({ length: count }, (_, i) => anEvent('Noted', { n: i }));
    await fixture.store.append(streamId, events, { expectedVersion: 'no_stream' });
    return streamId;
  }

  const asSuperuserWithoutTriggers = (sql: string, params: unknown[]) =>
    withoutTriggers(fixture.dataSource, sql, params);

  it('refuses UPDATE and DELETE of event rows', async () => {
    const streamId = await streamOf(2);
    const refused = [
      `UPDATE events SET data = '{"n": 99}' WHERE stream_id = $1`,
      `DELETE FROM events WHERE stream_id = $1`,
    ];
    for (const sql of refused) {
      await expect(fixture.dataSource.query(sql, [streamId])).rejects.toMatchObject({
        code: 'ESI01',
      });
    }
    expect((await fixture.store.readStream(streamId)).map((e) => e.data)).toEqual([
      { n: 0 },
      { n: 1 },
    ]);
  });

  it('verifies an untouched stream', async () => {
    const streamId = await streamOf(5);
    expect(await fixture.store.verify(streamId)).toMatchObject({ ok: true, streams: 1, events: 5 });
  });

  it('finds an event whose data was altered with the protection switched off', async () => {
    const streamId = await streamOf(4);
    await asSuperuserWithoutTriggers(
      `UPDATE events SET data = '{"n": 99}' WHERE stream_id = $1 AND stream_version = 3`,
      [streamId],
    );
    expect(await fixture.store.verify(streamId)).toMatchObject({
      ok: false,
      broken: { streamId, streamVersion: 3, reason: 'hash-mismatch' },
    });
  });

  it('finds an event deleted from the middle of a stream', async () => {
    const streamId = await streamOf(4);
    await asSuperuserWithoutTriggers(
      `DELETE FROM events WHERE stream_id = $1 AND stream_version = 2`,
      [streamId],
    );
    expect((await fixture.store.verify(streamId)).broken).toMatchObject({
      streamVersion: 3,
      reason: 'version-gap',
    });
  });

  it('reveals a removed tail and a recomputed chain through the heads digest kept outside', async () => {
    const truncated = await streamOf(3);
    const forged = await streamOf(2);
    // The default checkpoint is the safe horizon; another test's open transaction may
    // hold it back, so wait until it covers both streams.
    const [last] = await fixture.store.readStream(forged, { fromVersion: 2 });
    let kept = await fixture.store.headsDigest();
    while (kept.checkpoint.transactionId < last.transactionId) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      kept = await fixture.store.headsDigest();
    }
    expect(await fixture.store.headsDigest(kept.checkpoint)).toEqual(kept);

    // Both forgeries leave chains that verify on their own…
    await asSuperuserWithoutTriggers(
      `DELETE FROM events WHERE stream_id = $1 AND stream_version = 3`,
      [truncated],
    );
    expect((await fixture.store.verify(truncated)).ok).toBe(true);
    const afterTruncation = await fixture.store.headsDigest(kept.checkpoint);
    await asSuperuserWithoutTriggers(
      `UPDATE events SET data = '{"n": 7}', hash = sha256(hash) WHERE stream_id = $1 AND stream_version = 2`,
      [forged],
    );
    const afterForgery = await fixture.store.headsDigest(kept.checkpoint);

    // …but neither matches the digest an auditor kept outside the system.
    expect(afterTruncation.digest).not.toBe(kept.digest);
    expect(afterTruncation.events).toBe(kept.events - 1);
    expect(afterForgery.digest).not.toBe(afterTruncation.digest);
  });

  it('keeps verifying after a customer’s personal data is erased, and shows it as erased', async () => {
    const streamId = newStreamId();
    const subjectId = `customer-${streamId}`;
    const personalData = { subjectId, data: { name: 'Ada Lovelace', phone: '+44 20 7946 0000' } };
    await fixture.store.append(
      streamId,
      [anEvent('IncidentOpened', { site: 'LHR' }, { personalData }), anEvent('Noted')],
      {
        expectedVersion: 'no_stream',
      },
    );
    expect((await fixture.store.readStream(streamId))[0].personalData).toEqual({
      status: 'present',
      ...personalData,
    });

    expect(await fixture.store.erasePersonalData(subjectId)).toBe(1);

    expect((await fixture.store.readStream(streamId))[0].personalData).toEqual({
      status: 'erased',
    });
    expect(await fixture.store.verify(streamId)).toMatchObject({
      ok: true,
      events: 2,
      erasedPersonalData: 1,
    });
  });

  it('refuses to alter personal data, and finds it when altered with the protection off', async () => {
    const streamId = newStreamId();
    const personalData = { subjectId: `customer-${streamId}`, data: { name: 'Grace Hopper' } };
    await fixture.store.append(streamId, [anEvent('IncidentOpened', {}, { personalData })], {
      expectedVersion: 'no_stream',
    });
    const [event] = await fixture.store.readStream(streamId);
    const alter = `UPDATE event_personal_data SET data = '{"name": "Eve"}' WHERE event_id = $1`;

    await expect(fixture.dataSource.query(alter, [event.eventId])).rejects.toMatchObject({
      code: 'ESI01',
    });
    await asSuperuserWithoutTriggers(alter, [event.eventId]);
    expect((await fixture.store.verify(streamId)).broken).toMatchObject({
      reason: 'personal-data-mismatch',
    });
  });
});
