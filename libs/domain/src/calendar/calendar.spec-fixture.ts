/** Calendars the calendar specs compute under: a day desk, a night shift, a 24/7 line. */
import { type CalendarDocument, type OpeningInterval, type Weekday } from './calendar-document';

/** Weekly hours open `weekdays` from Monday to Friday, and at weekends as given (else closed). */
export function weeklyHours(
  weekdays: OpeningInterval[],
  weekend: { sat?: OpeningInterval[]; sun?: OpeningInterval[] } = {},
): Record<Weekday, OpeningInterval[]> {
  const { sat = [], sun = [] } = weekend;
  return { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays, sat, sun };
}

const office: OpeningInterval[] = [{ from: '08:00', to: '18:00' }];

/** Issue 12's desk: Mon–Fri 08:00–18:00 in Amsterdam, Christmas closed, Christmas Eve mornings. */
export const amsterdamDesk: CalendarDocument = {
  key: 'ams-desk',
  title: 'Amsterdam rental desk',
  timeZone: 'Europe/Amsterdam',
  weeklyHours: weeklyHours(office),
  holidays: [
    { date: '2026-12-25', name: 'Christmas' },
    { date: '2026-12-24', hours: [{ from: '08:00', to: '12:00' }] },
  ],
};

/** The same desk, with `holidays` replaced. */
export function withHolidays(
  calendar: CalendarDocument,
  holidays: CalendarDocument['holidays'],
): CalendarDocument {
  return { ...calendar, holidays };
}

const night: OpeningInterval[] = [{ from: '22:00', to: '06:00' }];

/** A New York night shift, 22:00–06:00 every night but Saturday's, plus 00:00–04:00 Sundays. */
export const newYorkNights: CalendarDocument = {
  key: 'nyc-nights',
  title: 'New York night line',
  timeZone: 'America/New_York',
  weeklyHours: weeklyHours(night, { sun: [{ from: '00:00', to: '04:00' }, ...night] }),
  holidays: [{ date: '2026-11-26', name: 'Thanksgiving', hours: [{ from: '23:00', to: '02:00' }] }],
};

const allDay: OpeningInterval[] = [{ from: '00:00', to: '24:00' }];

/** Open around the clock in Amsterdam: every day 00:00–24:00. */
export const aroundTheClock: CalendarDocument = {
  key: 'always',
  title: 'Always open',
  timeZone: 'Europe/Amsterdam',
  weeklyHours: weeklyHours(allDay, { sat: allDay, sun: allDay }),
  holidays: [],
};
