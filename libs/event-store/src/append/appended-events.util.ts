import { type StoredEvent } from '../event-store.types';
import { type UpcasterRegistry } from '../upcasting/upcaster-registry';
import { type AppendedRow, type PreparedEvent } from './append-request.util';

const HASH_HEX = 64;

/**
 * The stored events of a fresh (not replayed) append, from what the caller sent and the
 * one row the database returned: versions follow the first, each prev hash is the hash
 * before it (the old head for the first), transaction and recorded-at are shared.
 */
export function toAppendedEvents(
  streamId: string,
  events: readonly PreparedEvent[],
  row: AppendedRow,
  upcasters: UpcasterRegistry,
): StoredEvent[] {
  const firstVersion = Number(row.first_version);
  const transactionId = Number(row.xid);
  const recordedMs = Number(row.recorded_ms);
  const hashes = row.hashes_hex!;
  const positions = events.length === 1 ? [row.positions!] : row.positions!.split(',');
  let prevHash = row.prev_hash_hex!;
  const stored = new Array<StoredEvent>(events.length);
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i];
    const hash = hashes.slice(i * HASH_HEX, (i + 1) * HASH_HEX);
    const { schemaVersion, data } = upcasters.upcast(event.type, event.schemaVersion, event.data);
    const personal = event.personalData;
    stored[i] = {
      eventId: event.eventId,
      streamId,
      streamVersion: firstVersion + i,
      globalPosition: Number(positions[i]),
      transactionId,
      type: event.type,
      schemaVersion,
      data,
      metadata: event.metadata,
      personalData: personal
        ? { status: 'present', subjectId: personal.subjectId, data: personal.data }
        : null,
      occurredAt: event.occurredAt,
      recordedAt: new Date(recordedMs),
      hash,
      prevHash,
    };
    prevHash = hash;
  }
  return stored;
}
