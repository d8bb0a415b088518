/**
 * Local wall-clock time to instants, in a calendar's IANA zone: the engine's one use of
 * time-zone rules, through luxon (which reads the runtime's Intl data).
 *
 * Daylight-saving decisions (issue 12; CALENDARS.md, trap 1):
 * - a wall-clock time skipped by spring-forward resolves to the first instant after
 *   the gap: Amsterdam 2026-03-29 02:30 is 03:00 CEST. So an interval starting in the
 *   gap opens when the clocks jump, and one ending in it closes then.
 * - a wall-clock time repeated at fall-back resolves to its first occurrence:
 *   Amsterdam 2026-10-25 02:30 is 02:30 CEST, not CET.
 * Intervals are converted end by end, so they last the real time between their ends:
 * 00:00–04:00 is 5 hours on a fall-back day and 3 on a spring-forward day.
 * luxon alone would resolve both the other way (02:30 → 03:30, and the second 02:30),
 * so only its zone offsets are used here.
 */
import { IANAZone } from 'luxon';
import { type EpochDay, epochDayToMs, msToEpochDay } from './local-date.util';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** The zone of a calendar; RangeError when the runtime does not know it. */
export function calendarZone(name: string): IANAZone {
  const zone = IANAZone.create(name);
  if (!zone.isValid) throw new RangeError(`unknown time zone: ${name}`);
  return zone;
}

/** The instant of `minutes` after the local midnight of `day` (1440 and more: the next day). */
export function wallClockToInstant(zone: IANAZone, day: EpochDay, minutes: number): number {
  const local = epochDayToMs(day) + minutes * MS_PER_MINUTE;
  // The offsets a day either side bracket any transition near `local`; each gives the
  // instant `local` has if that offset applies, which holds when the instant agrees.
  const offsetBefore = offsetMs(zone, local - MS_PER_DAY);
  const offsetAfter = offsetMs(zone, local + MS_PER_DAY);
  // No zone changes its offset twice within two days: the same offset either side is
  // the offset of `local` (the common case, and the cheap one).
  if (offsetBefore === offsetAfter) return local - offsetBefore;
  const readings = [local - offsetBefore, local - offsetAfter].filter(
    (instant) => instant + offsetMs(zone, instant) === local,
  );
  if (readings.length > 0) return Math.min(...readings); // the first occurrence
  return firstInstantWithOffsetOf(zone, local - offsetAfter, local - offsetBefore);
}

/** The local date of an instant in the zone. */
export function localDayOf(zone: IANAZone, at: number): EpochDay {
  return msToEpochDay(at + offsetMs(zone, at));
}

function offsetMs(zone: IANAZone, at: number): number {
  return zone.offset(at) * MS_PER_MINUTE;
}

// In a gap, `local` has no instant: the clocks jump over it between `before` (still
// the old offset) and `after` (already the new one). Bisecting on whole minutes (zones
// change offset on the minute) finds the jump, the first instant after the gap.
function firstInstantWithOffsetOf(zone: IANAZone, before: number, after: number): number {
  const target = offsetMs(zone, after);
  let [low, high] = [before, after];
  while (high - low > MS_PER_MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (offsetMs(zone, middle) === target) high = middle;
    else low = middle;
  }
  return high;
}
