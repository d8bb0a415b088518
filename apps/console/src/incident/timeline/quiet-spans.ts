import { type StoredEvent } from '../../api/incident-types';

/** Gaps at least this long read as one "quiet for …" line (Temporal UI folds idle time). */
export const QUIET_SPAN_MS = 60 * 60_000;

export type TimelineItem =
  | { kind: 'event'; event: StoredEvent }
  | { kind: 'quiet'; fromAt: string; untilAt: string; spanMs: number };

/** The events in order, with a quiet marker between two that lie far apart. */
export function withQuietSpans(events: StoredEvent[], quietMs = QUIET_SPAN_MS): TimelineItem[] {
  const items: TimelineItem[] = [];
  events.forEach((event, index) => {
    const previous = events[index - 1];
    if (previous) {
      const spanMs = Date.parse(event.occurredAt) - Date.parse(previous.occurredAt);
      if (spanMs >= quietMs)
        items.push({
          kind: 'quiet',
          fromAt: previous.occurredAt,
          untilAt: event.occurredAt,
          spanMs,
        });
    }
    items.push({ kind: 'event', event });
  });
  return items;
}
