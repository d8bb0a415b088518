import { type OpeningInterval } from './calendar-document';

/** An interval as written, before its times are known to be well formed. */
type UncheckedInterval = { [field in keyof OpeningInterval]?: unknown };

/** Minutes in a local calendar day as written in `weeklyHours` (DST days aside). */
export const MINUTES_PER_DAY = 1440;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** An opening interval as minutes after the local midnight of the day it starts. */
export interface MinuteRange {
  start: number;
  /** After `start`; past MINUTES_PER_DAY when the interval runs overnight. */
  end: number;
}

/** Minutes after midnight of an "HH:MM" start (00:00–23:59); undefined when malformed. */
export function parseStartTime(text: unknown): number | undefined {
  const match = typeof text === 'string' ? CLOCK_TIME.exec(text) : null;
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes after midnight of an "HH:MM" end (00:00–24:00); undefined when malformed. */
export function parseEndTime(text: unknown): number | undefined {
  return text === '24:00' ? MINUTES_PER_DAY : parseStartTime(text);
}

/**
 * The minutes an interval covers from the midnight of its day. A `to` earlier than
 * `from` runs overnight into the next day; `from === to` is no interval (validation
 * refuses it), so the range is undefined then, as for malformed times.
 */
export function toMinuteRange(interval: UncheckedInterval): MinuteRange | undefined {
  const start = parseStartTime(interval.from);
  const end = parseEndTime(interval.to);
  if (start === undefined || end === undefined || start === end) return undefined;
  return { start, end: end > start ? end : end + MINUTES_PER_DAY };
}
