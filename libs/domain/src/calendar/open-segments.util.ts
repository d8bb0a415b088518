import { type IsoTimestamp } from '../ids/ids';
import { type CalendarDocument } from './calendar-document';
import { midnightOf, spansStartingOn, zoneOf } from './calendar-schedule.util';
import { MAX_CALENDAR_HOLIDAYS } from './validate-calendar.util';
import { localDayOf } from './wall-clock.util';
import {
  mergeSpans,
  parseInstant,
  type Span,
  type TimeSegment,
  toTimeSegment,
} from './time-segment.util';

/**
 * How many days in a row a search for open time may find none before it gives up. A
 * valid calendar opens at least once a week and closes at most MAX_CALENDAR_HOLIDAYS
 * dates, so two weeks more than that always reach an opening.
 */
export const SEARCH_HORIZON_DAYS = MAX_CALENDAR_HOLIDAYS + 14;

/** The calendar's open time in [from, to) as UTC segments, sorted, joined where they touch. */
export function openSegments(
  calendar: CalendarDocument,
  from: IsoTimestamp,
  to: IsoTimestamp,
): TimeSegment[] {
  return mergeSpans(openSpans(calendar, parseInstant(from), parseInstant(to))).map(toTimeSegment);
}

/**
 * The calendar's open time from `from` on, as disjoint spans in order, read a local day
 * at a time so that a short deadline reads only the days it needs. Ends at `until`;
 * without one, ends only when SEARCH_HORIZON_DAYS pass without open time (which a
 * valid calendar never allows), so a caller that runs out has found no opening.
 */
export function* openSpans(
  calendar: CalendarDocument,
  from: number,
  until = Infinity,
): Generator<Span, void, undefined> {
  // The day before `from` may run an overnight interval into it.
  let day = localDayOf(zoneOf(calendar), from) - 1;
  let lastOpenDay = day;
  let reached = from; // open time before this has been yielded or lies before `from`
  for (; until === Infinity || midnightOf(calendar, day) < until; day += 1) {
    for (const span of spansStartingOn(calendar, day)) {
      const start = Math.max(span.start, reached);
      const end = Math.min(span.end, until);
      if (start >= end) continue;
      yield { start, end };
      reached = end;
      lastOpenDay = day;
    }
    if (until === Infinity && day - lastOpenDay > SEARCH_HORIZON_DAYS) return;
  }
}
