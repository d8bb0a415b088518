import { mergeSpans, type Span } from './time-segment.util';

/**
 * Open spans with the pauses cut out: a paused clock counts no time (issue 12). `spans`
 * must be disjoint and in order, as openSpans yields them; pauses may come in any order
 * and overlap. Lazy, like the spans it reads.
 */
export function* subtractPauses(
  spans: Iterable<Span>,
  pauses: readonly Span[],
): Generator<Span, void, undefined> {
  const merged = mergeSpans(pauses);
  let first = 0; // pauses before this one end before every span still to come
  for (const span of spans) {
    while (first < merged.length && merged[first].end <= span.start) first += 1;
    let start = span.start;
    for (let next = first; next < merged.length && merged[next].start < span.end; next += 1) {
      const pause = merged[next];
      if (pause.start > start) yield { start, end: pause.start };
      start = pause.end; // merged and sorted: each pause reached here ends after `start`
    }
    if (start < span.end) yield { start, end: span.end };
  }
}
