import { type DataSource } from 'typeorm';
import { EventStore, type Upcaster } from '@recovery/event-store';
import { anEvent, newStreamId, openTestDataSource } from './event-store-database.util';

// Version 1 of RemedyGranted stored the amount as a decimal of the currency; version 2
// follows the project's money rule: integer minor units in `amountCents`.
const remedyAmountInCents: Upcaster = {
  type: 'RemedyGranted',
  fromVersion: 1,
  upcast: ({ amount, ...rest }) => ({ ...rest, amountCents: Math.round(Number(amount) * 100) }),
};

describe('schema evolution', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
  });
  afterAll(() => dataSource.destroy());

  it('reads an event stored at version 1 in the current shape, and the stored bytes still verify', async () => {
    const streamId = newStreamId();
    const before = new EventStore(dataSource); // the code as it was when version 1 was current
    await before.append(streamId, [anEvent('RemedyGranted', { amount: 12.5, currency: 'EUR' })], {
      expectedVersion: 'no_stream',
    });

    const now = new EventStore(dataSource, { upcasters: [remedyAmountInCents] });
    await now.append(streamId, [anEvent('RemedyGranted', { amountCents: 300, currency: 'EUR' })], {
      expectedVersion: 1,
    });

    const events = await now.readStream(streamId);
    expect(events.map((e) => [e.schemaVersion, e.data])).toEqual([
      [2, { amountCents: 1250, currency: 'EUR' }],
      [2, { amountCents: 300, currency: 'EUR' }],
    ]);
    expect((await now.verify(streamId)).ok).toBe(true);
  });
});
