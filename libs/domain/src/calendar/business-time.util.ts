/**
 * Business-time arithmetic over a calendar version (issue 12): pure, but it evaluates
 * time-zone rules, so it runs in activities and the API, never in replayed workflow
 * code; import it by path (`@recovery/domain/calendar/business-time.util`), it is not
 * in the domain's index, which the workflow bundle imports.
 */
import { type IsoTimestamp, toIsoTimestamp } from '../ids/ids';
import { type Milliseconds } from '../time/duration.util';
import { type CalendarDocument } from './calendar-document';
import { openSpans, SEARCH_HORIZON_DAYS } from './open-segments.util';
import { subtractPauses } from './pauses.util';
import { parseInstant, type TimeSegment, toSpan } from './time-segment.util';

/** True when the calendar is open at `at` (intervals are half-open: open at `from`, closed at `to`). */
export function isOpen(calendar: CalendarDocument, at: IsoTimestamp): boolean {
  const instant = parseInstant(at);
  return !openSpans(calendar, instant, instant + 1).next().done;
}

/** The first open instant at or after `at`: `at` itself when the calendar is open then. */
export function nextOpening(calendar: CalendarDocument, at: IsoTimestamp): IsoTimestamp {
  const first = openSpans(calendar, parseInstant(at)).next();
  if (first.done) throw noOpening(at);
  return toIsoTimestamp(first.value.start);
}

/**
 * The instant at which `duration` of open time has passed since `start`, not counting
 * `pauses`. A start off-hours counts from the next opening; a duration that ends
 * exactly at a closing ends there, not at the next opening.
 */
export function addBusinessTime(
  calendar: CalendarDocument,
  start: IsoTimestamp,
  duration: Milliseconds,
  pauses: readonly TimeSegment[] = [],
): IsoTimestamp {
  if (!Number.isFinite(duration) || duration < 0)
    throw new RangeError(`not a duration to add: ${duration}`);
  let remaining = duration;
  const spans = openSpans(calendar, parseInstant(start));
  for (const span of subtractPauses(spans, pauses.map(toSpan))) {
    if (remaining <= span.end - span.start) return toIsoTimestamp(span.start + remaining);
    remaining -= span.end - span.start;
  }
  throw noOpening(start);
}

/** The open time in [from, to), not counting `pauses`; 0 when `to` is not after `from`. */
export function businessTimeBetween(
  calendar: CalendarDocument,
  from: IsoTimestamp,
  to: IsoTimestamp,
  pauses: readonly TimeSegment[] = [],
): Milliseconds {
  const [start, end] = [parseInstant(from), parseInstant(to)];
  if (end <= start) return 0;
  let total = 0;
  for (const span of subtractPauses(openSpans(calendar, start, end), pauses.map(toSpan)))
    total += span.end - span.start;
  return total;
}

function noOpening(after: IsoTimestamp): RangeError {
  return new RangeError(
    `the calendar has no open time within ${SEARCH_HORIZON_DAYS} days after ${after}`,
  );
}
