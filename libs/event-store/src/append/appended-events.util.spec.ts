import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { buildAppendRequest, type AppendedRow } from './append-request.util';
import { toAppendedEvents } from './appended-events.util';

const metadata = { actor: { id: 'a', role: 'system' }, correlationId: 'c' } as const;
const newEvent = (eventId: string) => ({ eventId, type: 'T', data: { n: 1 }, metadata });
const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];

describe('append request and result', () => {
  it('sends one event as scalars to append_event and several as arrays to append_event_batch', () => {
    const registry = new UpcasterRegistry();
    const single = buildAppendRequest('s', [newEvent(ids[0])], 3, registry);
    expect(single.statement.name).toBe('append_event');
    expect(single.params.slice(0, 5)).toEqual(['s', 3, ids[0], 'T', 1]);
    const batch = buildAppendRequest('s', ids.map(newEvent), 'any', registry);
    expect(batch.statement.name).toBe('append_event_batch');
    expect(batch.params[2]).toEqual(ids);
  });

  it('derives versions, positions and the prev-hash chain from the single result row', () => {
    const registry = new UpcasterRegistry();
    const request = buildAppendRequest('s', ids.map(newEvent), 'any', registry);
    const row: AppendedRow = {
      replayed: false,
      first_version: '7',
      positions: '40,42',
      xid: '900',
      recorded_ms: '1700000000123',
      prev_hash_hex: '0'.repeat(64),
      hashes_hex: 'a'.repeat(64) + 'b'.repeat(64),
    };
    const stored = toAppendedEvents('s', request.events, row, registry);
    expect(stored.map((e) => [e.streamVersion, e.globalPosition, e.transactionId])).toEqual([
      [7, 40, 900],
      [8, 42, 900],
    ]);
    expect(stored.map((e) => [e.prevHash, e.hash])).toEqual([
      ['0'.repeat(64), 'a'.repeat(64)],
      ['a'.repeat(64), 'b'.repeat(64)],
    ]);
    expect(stored[1].recordedAt.getTime()).toBe(1700000000123);
  });
});
