/**
 * A DeadlineClock that counts business time in a calendar version (issue 12). It
 * evaluates time-zone rules, so it runs in the worker's activities, never in
 * replayed workflow code; for that reason it is not exported from the domain's
 * index (which the workflow bundle imports), only by path.
 */
import { addBusinessTime, businessTimeBetween } from '../calendar/business-time.util';
import { type PinnedCalendar } from '../calendar/calendar-document';
import { type CalendarUse } from '../events/incident-events';
import { type DeadlineClock, wallClock } from './deadline-quote';

/** Business clocks count `calendar`'s open time; calendar clocks every hour. */
export function businessClock(calendar: PinnedCalendar, timeZoneData: string): DeadlineClock {
  const { key, version, document } = calendar;
  const use: CalendarUse = { key, version, timeZone: document.timeZone, timeZoneData };
  return {
    calendar: use,
    add: (kind, start, duration) =>
      kind === 'business'
        ? addBusinessTime(document, start, duration)
        : wallClock.add(kind, start, duration),
    between: (kind, from, to) =>
      kind === 'business'
        ? businessTimeBetween(document, from, to)
        : wallClock.between(kind, from, to),
  };
}
