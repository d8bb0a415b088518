import { WEEKDAYS, type Weekday } from './calendar-document';

/**
 * A local calendar date as a day count from 1970-01-01. Plain date arithmetic in the
 * proleptic Gregorian calendar: no time zone and no Intl, so it is safe anywhere.
 */
export type EpochDay = number;

const MS_PER_DAY = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The EpochDay of a "YYYY-MM-DD" date; undefined when malformed or not a real date (02-30). */
export function parseLocalDate(text: unknown): EpochDay | undefined {
  const match = typeof text === 'string' ? LOCAL_DATE.exec(text) : null;
  if (match === null) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? Math.round(date.getTime() / MS_PER_DAY) : undefined;
}

/** The day of the week of a local date. */
export function weekdayOf(day: EpochDay): Weekday {
  // 1970-01-01 was a Thursday, index 3 of WEEKDAYS (Monday first).
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7];
}

/** Milliseconds from 1970-01-01T00:00 to the midnight of `day`, on a clock with no zone. */
export function epochDayToMs(day: EpochDay): number {
  return day * MS_PER_DAY;
}

/** The EpochDay containing `ms`, counted on a clock with no zone. */
export function msToEpochDay(ms: number): EpochDay {
  return Math.floor(ms / MS_PER_DAY);
}
