import { type DeadlineRules } from '../api/incident-types';

/** The calendar version a business clock was pinned to, as the events record it. */
export interface PinnedCalendarName {
  key: string;
  version: number;
  timeZone: string;
}

/**
 * "business hours, ams-desk v2, Europe/Amsterdam": what a business clock counts. Without a
 * calendar the site is open around the clock, so its business time is calendar time.
 */
export function businessHoursText(calendar: PinnedCalendarName | undefined): string {
  return calendar
    ? `business hours, ${calendar.key} v${calendar.version}, ${calendar.timeZone}`
    : 'business hours, open around the clock (the site has no calendar)';
}

/** The note beside a deadline whose clock counts business hours; undefined for calendar time. */
export function businessHoursNote(
  rules: DeadlineRules | undefined,
  clock: keyof DeadlineRules['clocks'],
): string | undefined {
  return rules?.clocks[clock] === 'business' ? businessHoursText(rules.calendar) : undefined;
}
