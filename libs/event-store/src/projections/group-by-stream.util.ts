import { type StoredEvent } from '../event-store.types';

/**
 * A projection batch split per entity, each part in stream order: `entityOf` names
 * the entity a stream belongs to (undefined: not one of this projection's streams),
 * `handles` the event types it folds. Batches arrive in global order, which within
 * one stream is stream order; sorting makes that the rule rather than a coincidence.
 */
export function groupByStream(
  events: readonly StoredEvent[],
  entityOf: (streamId: string) => string | undefined,
  handles: (type: string) => boolean,
): Map<string, StoredEvent[]> {
  const groups = new Map<string, StoredEvent[]>();
  for (const event of events) {
    const entity = entityOf(event.streamId);
    if (entity === undefined || !handles(event.type)) continue;
    groups.set(entity, [...(groups.get(entity) ?? []), event]);
  }
  for (const stream of groups.values()) stream.sort((a, b) => a.streamVersion - b.streamVersion);
  return groups;
}
