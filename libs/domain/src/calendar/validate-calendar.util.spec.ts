import { type CalendarDocument } from './calendar-document';
import {
  amsterdamDesk,
  aroundTheClock,
  newYorkNights,
  withHolidays,
} from './calendar.spec-fixture';
import { MAX_CALENDAR_HOLIDAYS, validateCalendarDocument } from './validate-calendar.util';
import { MAX_INTERVALS_PER_DAY } from './validate-opening-hours.util';

const fieldsRefused = (input: unknown): string[] => {
  const result = validateCalendarDocument(input);
  return result.ok ? [] : result.errors.map((error) => error.field);
};
const withWeek = (week: Partial<CalendarDocument['weeklyHours']>): unknown => ({
  ...amsterdamDesk,
  weeklyHours: { ...amsterdamDesk.weeklyHours, ...week },
});

describe('validateCalendarDocument', () => {
  it.each([
    ['the desk of issue 12', amsterdamDesk],
    ['overnight shifts that touch the next day', newYorkNights],
    ['whole days 00:00–24:00', aroundTheClock],
  ])('accepts %s', (_, calendar) => {
    expect(validateCalendarDocument(calendar)).toEqual({ ok: true, calendar });
  });

  it('refuses what is not an object', () => {
    expect(fieldsRefused([])).toEqual(['']);
  });

  it.each([
    ['an unknown field', { ...amsterdamDesk, surprise: 1 }, 'surprise'],
    ['a key that is not a slug', { ...amsterdamDesk, key: 'AMS desk' }, 'key'],
    ['a blank title', { ...amsterdamDesk, title: '  ' }, 'title'],
    ['a description that is not text', { ...amsterdamDesk, description: 3 }, 'description'],
    ['an unknown time zone', { ...amsterdamDesk, timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['a fixed offset', { ...amsterdamDesk, timeZone: 'UTC+1' }, 'timeZone'],
    ['an ISO offset', { ...amsterdamDesk, timeZone: '+01:00' }, 'timeZone'],
    ['missing weekly hours', { ...amsterdamDesk, weeklyHours: undefined }, 'weeklyHours'],
    ['an unknown day', withWeek({ funday: [] } as never), 'weeklyHours.funday'],
    ['a missing day', withWeek({ sun: undefined }), 'weeklyHours.sun'],
    ['a day that is not a list', withWeek({ sat: {} } as never), 'weeklyHours.sat'],
    [
      'a malformed from',
      withWeek({ mon: [{ from: '8:00', to: '18:00' }] }),
      'weeklyHours.mon[0].from',
    ],
    [
      'a from of 24:00',
      withWeek({ mon: [{ from: '24:00', to: '02:00' }] }),
      'weeklyHours.mon[0].from',
    ],
    [
      'a to past 24:00',
      withWeek({ mon: [{ from: '08:00', to: '24:30' }] }),
      'weeklyHours.mon[0].to',
    ],
    [
      'minutes past 59',
      withWeek({ mon: [{ from: '08:00', to: '17:60' }] }),
      'weeklyHours.mon[0].to',
    ],
    [
      'from equal to to',
      withWeek({ mon: [{ from: '08:00', to: '08:00' }] }),
      'weeklyHours.mon[0].to',
    ],
    [
      'an unknown interval field',
      withWeek({ mon: [{ from: '08:00', to: '09:00', x: 1 } as never] }),
      'weeklyHours.mon[0].x',
    ],
    [
      'an interval that is not an object',
      withWeek({ mon: ['08:00-18:00' as never] }),
      'weeklyHours.mon[0]',
    ],
  ])('refuses %s, naming it', (_, input, field) => {
    expect(fieldsRefused(input)).toEqual([field]);
  });

  it('refuses overlapping intervals of a day, naming the later one', () => {
    const mon = [
      { from: '12:00', to: '18:00' },
      { from: '08:00', to: '12:30' },
    ];
    expect(fieldsRefused(withWeek({ mon }))).toEqual(['weeklyHours.mon[0]']);
  });

  it('accepts intervals of a day that touch', () => {
    const mon = [
      { from: '08:00', to: '12:00' },
      { from: '12:00', to: '18:00' },
    ];
    expect(fieldsRefused(withWeek({ mon }))).toEqual([]);
  });

  it('refuses an overnight interval whose spill overlaps the same day later on', () => {
    const mon = [
      { from: '22:00', to: '02:00' },
      { from: '23:00', to: '24:00' },
    ];
    expect(fieldsRefused(withWeek({ mon }))).toEqual(['weeklyHours.mon[1]']);
  });

  it("refuses Sunday's overnight interval running into Monday's first interval", () => {
    const sun = [{ from: '22:00', to: '08:30' }];
    expect(fieldsRefused(withWeek({ sun }))).toEqual(['weeklyHours.mon[0]']);
  });

  it('refuses a week with no open time at all', () => {
    const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(fieldsRefused({ ...amsterdamDesk, weeklyHours: closed })).toEqual(['weeklyHours']);
  });

  it(`refuses more than ${MAX_INTERVALS_PER_DAY} intervals a day`, () => {
    const mon = Array.from({ length: MAX_INTERVALS_PER_DAY + 1 }, (_, hour) => ({
      from: `${String(hour).padStart(2, '0')}:00`,
      to: `${String(hour).padStart(2, '0')}:30`,
    }));
    expect(fieldsRefused(withWeek({ mon }))).toEqual(['weeklyHours.mon']);
  });

  it.each([
    ['holidays that are not a list', { ...amsterdamDesk, holidays: {} }, 'holidays'],
    ['missing holidays', { ...amsterdamDesk, holidays: undefined }, 'holidays'],
    [
      'a holiday that is not an object',
      withHolidays(amsterdamDesk, ['2026-12-25' as never]),
      'holidays[0]',
    ],
    ['a malformed date', withHolidays(amsterdamDesk, [{ date: '25-12-2026' }]), 'holidays[0].date'],
    [
      'a date that does not exist',
      withHolidays(amsterdamDesk, [{ date: '2026-02-30' }]),
      'holidays[0].date',
    ],
    [
      'a blank name',
      withHolidays(amsterdamDesk, [{ date: '2026-12-25', name: '' }]),
      'holidays[0].name',
    ],
    [
      'an unknown holiday field',
      withHolidays(amsterdamDesk, [{ date: '2026-12-25', closed: true } as never]),
      'holidays[0].closed',
    ],
    [
      'hours that are not a list',
      withHolidays(amsterdamDesk, [{ date: '2026-12-24', hours: {} as never }]),
      'holidays[0].hours',
    ],
    [
      'a malformed holiday time',
      withHolidays(amsterdamDesk, [{ date: '2026-12-24', hours: [{ from: '08:00', to: 'noon' }] }]),
      'holidays[0].hours[0].to',
    ],
  ])('refuses %s, naming it', (_, input, field) => {
    expect(fieldsRefused(input)).toEqual([field]);
  });

  it('refuses a second holiday on the same date, naming the duplicate', () => {
    const holidays = [{ date: '2026-12-25' }, { date: '2026-12-26' }, { date: '2026-12-25' }];
    expect(fieldsRefused(withHolidays(amsterdamDesk, holidays))).toEqual(['holidays[2].date']);
  });

  it("refuses a holiday's overnight hours running into the next day's interval", () => {
    // 2026-12-24 is a Thursday; Friday opens at 08:00.
    const holidays = [{ date: '2026-12-24', hours: [{ from: '20:00', to: '09:00' }] }];
    expect(fieldsRefused(withHolidays(amsterdamDesk, holidays))).toEqual([
      'holidays[0].hours[0].to',
    ]);
  });

  it("refuses holiday hours that the day before's overnight interval runs into", () => {
    // 2026-11-27 is a Friday; Thursday night's shift runs until 06:00.
    const holidays = [{ date: '2026-11-27', hours: [{ from: '05:00', to: '07:00' }] }];
    expect(fieldsRefused(withHolidays(newYorkNights, holidays))).toEqual(['holidays[0].hours[0]']);
  });

  it('checks consecutive holidays against each other, not against the week they replace', () => {
    const holidays = [
      { date: '2026-12-24', hours: [{ from: '20:00', to: '09:00' }] },
      { date: '2026-12-25', hours: [{ from: '10:00', to: '12:00' }] },
    ];
    expect(fieldsRefused(withHolidays(amsterdamDesk, holidays))).toEqual([]);
  });

  it(`refuses more than ${MAX_CALENDAR_HOLIDAYS} holidays`, () => {
    const holidays = Array.from({ length: MAX_CALENDAR_HOLIDAYS + 1 }, () => ({ date: 'x' }));
    expect(fieldsRefused(withHolidays(amsterdamDesk, holidays))).toEqual(['holidays']);
  });

  it('names every bad field at once', () => {
    const input = { ...amsterdamDesk, key: '', timeZone: 'nowhere', holidays: [{ date: '' }] };
    expect(fieldsRefused(input)).toEqual(['key', 'timeZone', 'holidays[0].date']);
  });
});
