import { type IANAZone } from 'luxon';
import { type CalendarDocument, type Weekday } from './calendar-document';
import { type MinuteRange, toMinuteRange } from './clock-time.util';
import { type EpochDay, parseLocalDate, weekdayOf } from './local-date.util';
import { type Span } from './time-segment.util';
import { validateCalendarDocument } from './validate-calendar.util';
import { calendarZone, wallClockToInstant } from './wall-clock.util';

/** A calendar document read once for the engine: its zone, and every interval in minutes. */
interface CalendarSchedule {
  zone: IANAZone;
  week: Record<Weekday, MinuteRange[]>;
  holidays: Map<EpochDay, MinuteRange[]>;
}

// Documents are immutable versions, so each is read once, however often it is asked.
const schedules = new WeakMap<CalendarDocument, CalendarSchedule>();

/**
 * The open spans of the intervals that start on local date `day`, sorted by start.
 * A holiday on that date replaces them with its own hours (none when it has none); an
 * overnight interval of the day before still runs into it, since it belongs to the
 * day it starts (issue 12). Spans a DST gap swallows whole are left out.
 */
export function spansStartingOn(calendar: CalendarDocument, day: EpochDay): Span[] {
  const { zone, week, holidays } = scheduleOf(calendar);
  return (holidays.get(day) ?? week[weekdayOf(day)])
    .map((range) => ({
      start: wallClockToInstant(zone, day, range.start),
      end: wallClockToInstant(zone, day, range.end),
    }))
    .filter((span) => span.end > span.start);
}

/** The instant of the local midnight that starts `day` in the calendar's zone. */
export function midnightOf(calendar: CalendarDocument, day: EpochDay): number {
  return wallClockToInstant(scheduleOf(calendar).zone, day, 0);
}

/** The calendar's zone, for finding the local date of an instant. */
export function zoneOf(calendar: CalendarDocument): IANAZone {
  return scheduleOf(calendar).zone;
}

function scheduleOf(calendar: CalendarDocument): CalendarSchedule {
  const cached = schedules.get(calendar);
  if (cached !== undefined) return cached;
  // The engine's bounds (an opening within a bounded horizon) rest on the rules the
  // validation enforces, so a document that breaks them is a programming error here.
  const validation = validateCalendarDocument(calendar);
  if (!validation.ok)
    throw new RangeError(`not a valid calendar: ${JSON.stringify(validation.errors)}`);
  // Sorted by start: a document may list a day's intervals in any order.
  const ranges = (intervals: CalendarDocument['holidays'][number]['hours']): MinuteRange[] =>
    (intervals ?? [])
      .flatMap((interval) => toMinuteRange(interval) ?? [])
      .sort((a, b) => a.start - b.start);
  const schedule: CalendarSchedule = {
    zone: calendarZone(calendar.timeZone),
    week: Object.fromEntries(
      Object.entries(calendar.weeklyHours).map(([day, intervals]) => [day, ranges(intervals)]),
    ) as Record<Weekday, MinuteRange[]>,
    holidays: new Map(
      // Validated above: every date parses.
      calendar.holidays.map((holiday) => [
        parseLocalDate(holiday.date) as EpochDay,
        ranges(holiday.hours),
      ]),
    ),
  };
  schedules.set(calendar, schedule);
  return schedule;
}
