import { isJsonObject } from '../validation/json-object.util';
import { type FieldFailure } from '../validation/document-header.util';
import {
  MINUTES_PER_DAY,
  type MinuteRange,
  parseEndTime,
  parseStartTime,
  toMinuteRange,
} from './clock-time.util';

/** At most this many intervals a day: enough for any shift plan, small enough to stay cheap. */
export const MAX_INTERVALS_PER_DAY = 10;

type Fail = FieldFailure;

/** A well-formed interval of one day's list, with the field that wrote it. */
export interface CheckedInterval extends MinuteRange {
  field: string;
}

/**
 * Checks one day's list of intervals (`weeklyHours.mon`, `holidays[1].hours`): each
 * "HH:MM" to "HH:MM", none overlapping another. Returns the well-formed ones for the
 * checks across midnight, or undefined when it is not a list or is too long.
 */
export function checkDayIntervals(
  value: unknown,
  field: string,
  fail: Fail,
): CheckedInterval[] | undefined {
  if (!Array.isArray(value)) {
    fail(field, 'must be a list of { from, to } intervals ([] when closed)');
    return undefined;
  }
  if (value.length > MAX_INTERVALS_PER_DAY) {
    // Not read further: a list this long is refused whatever its intervals say.
    fail(field, `must have at most ${MAX_INTERVALS_PER_DAY} intervals`);
    return undefined;
  }
  const checked = value.flatMap((interval: unknown, i) => {
    const range = checkInterval(interval, `${field}[${i}]`, fail);
    return range === undefined ? [] : [range];
  });
  refuseOverlaps(checked, fail);
  return checked;
}

/** An overnight interval of one day whose part after midnight overlaps an interval of the next. */
export interface SpillOverlap {
  overnight: CheckedInterval;
  next: CheckedInterval;
}

/**
 * The intervals of `nextDay` that an overnight interval of `day` runs into (Sunday's
 * into Monday's). Touching is fine: a shift 22:00–06:00 may be followed by one from 06:00.
 */
export function spillOverlaps(
  day: readonly CheckedInterval[],
  nextDay: readonly CheckedInterval[],
): SpillOverlap[] {
  return day.flatMap((overnight) =>
    nextDay
      .filter((next) => next.start < overnight.end - MINUTES_PER_DAY)
      .map((next) => ({ overnight, next })),
  );
}

function checkInterval(value: unknown, field: string, fail: Fail): CheckedInterval | undefined {
  if (!isJsonObject(value)) {
    fail(field, 'must be an object { from, to }');
    return undefined;
  }
  for (const key of Object.keys(value))
    if (key !== 'from' && key !== 'to') fail(`${field}.${key}`, 'is not a field of an interval');
  if (parseStartTime(value.from) === undefined)
    fail(`${field}.from`, 'must be a time "HH:MM" from 00:00 to 23:59');
  if (parseEndTime(value.to) === undefined)
    fail(`${field}.to`, 'must be a time "HH:MM" from 00:00 to 24:00');
  else if (value.to === value.from)
    fail(`${field}.to`, 'must differ from "from" (00:00 to 24:00 is a whole day)');
  const range = toMinuteRange(value);
  return range === undefined ? undefined : { field, ...range };
}

// Sorted by start, an interval overlaps the ones before it when it starts before the
// latest end among them.
function refuseOverlaps(intervals: readonly CheckedInterval[], fail: Fail): void {
  const byStart = [...intervals].sort((a, b) => a.start - b.start);
  let latest: CheckedInterval | undefined;
  for (const interval of byStart) {
    if (latest !== undefined && interval.start < latest.end)
      fail(interval.field, `overlaps ${latest.field}`);
    if (latest === undefined || interval.end > latest.end) latest = interval;
  }
}
