/** Calendars the calendar specs compute under: a day desk, a night shift, a 24/7 line. */
import { type CalendarDocument, type OpeningInterval } from './calendar-document';

const office: OpeningInterval[] = [{ from: '08:00', to: '18:00' }];

/** Issue 12's desk: Mon–Fri 08:00–18:00 in Amsterdam, Christmas closed, Christmas Eve mornings. */
export const amsterdamDesk: CalendarDocument = {
  key: 'ams-desk',
  title: 'Amsterdam rental desk',
  timeZone: 'Europe/Amsterdam',
  weeklyHours: {
    mon: office,
    tue: office,
    wed: office,
    thu: office,
    fri: office,
    sat: [],
    sun: [],
  },
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
  weeklyHours: {
    mon: night,
    tue: night,
    wed: night,
    thu: night,
    fri: night,
    sat: [],
    sun: [{ from: '00:00', to: '04:00' }, ...night],
  },
  holidays: [{ date: '2026-11-26', name: 'Thanksgiving', hours: [{ from: '23:00', to: '02:00' }] }],
};

const allDay: OpeningInterval[] = [{ from: '00:00', to: '24:00' }];

/** Open around the clock in Amsterdam: every day 00:00–24:00. */
export const aroundTheClock: CalendarDocument = {
  key: 'always',
  title: 'Always open',
  timeZone: 'Europe/Amsterdam',
  weeklyHours: {
    mon: allDay,
    tue: allDay,
    wed: allDay,
    thu: allDay,
    fri: allDay,
    sat: allDay,
    sun: allDay,
  },
  holidays: [],
};
