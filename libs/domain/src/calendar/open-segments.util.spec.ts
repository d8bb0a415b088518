import { type IsoTimestamp } from '../ids/ids';
import { addBusinessTime } from './business-time.util';
import { type CalendarDocument } from './calendar-document';
import { amsterdamDesk, newYorkNights, weeklyHours, withHolidays } from './calendar.spec-fixture';
import { openSegments } from './open-segments.util';
import { MAX_CALENDAR_HOLIDAYS } from './validate-calendar.util';

const at = (instant: string): IsoTimestamp => instant as IsoTimestamp;
const segment = (start: string, end: string) => ({ start, end });
const HOUR = 3_600_000;

/** Amsterdam, open only on Sundays, from 00:00 to 04:00 (the nights the clocks change). */
const sundayNights: CalendarDocument = {
  ...amsterdamDesk,
  weeklyHours: weeklyHours([], { sun: [{ from: '00:00', to: '04:00' }] }),
  holidays: [],
};
const hoursOf = (segments: { start: string; end: string }[]): number =>
  segments.reduce((sum, s) => sum + Date.parse(s.end) - Date.parse(s.start), 0) / HOUR;

describe('openSegments', () => {
  it('gives the desk week in UTC, clipped to the window', () => {
    // Thu 2026-06-04 12:00 CEST to Sat 00:00 CEST.
    expect(
      openSegments(amsterdamDesk, at('2026-06-04T10:00:00Z'), at('2026-06-05T22:00:00Z')),
    ).toEqual([
      segment('2026-06-04T10:00:00.000Z', '2026-06-04T16:00:00.000Z'),
      segment('2026-06-05T06:00:00.000Z', '2026-06-05T16:00:00.000Z'),
    ]);
  });

  it('reads a day whose intervals are listed out of order', () => {
    const split: CalendarDocument = {
      ...sundayNights,
      weeklyHours: {
        ...sundayNights.weeklyHours,
        sun: [
          { from: '13:00', to: '18:00' },
          { from: '08:00', to: '12:00' },
        ],
      },
    };
    // Sun 2026-06-07, CEST.
    expect(openSegments(split, at('2026-06-07T00:00:00Z'), at('2026-06-08T00:00:00Z'))).toEqual([
      segment('2026-06-07T06:00:00.000Z', '2026-06-07T10:00:00.000Z'),
      segment('2026-06-07T11:00:00.000Z', '2026-06-07T16:00:00.000Z'),
    ]);
  });

  it('joins an interval ending at 24:00 with the next day starting at 00:00', () => {
    const evenings: CalendarDocument = {
      ...sundayNights,
      weeklyHours: { ...sundayNights.weeklyHours, sat: [{ from: '18:00', to: '24:00' }] },
    };
    // Sat 2026-06-06 18:00 CEST to Sun 04:00 CEST, one segment.
    expect(openSegments(evenings, at('2026-06-06T00:00:00Z'), at('2026-06-08T00:00:00Z'))).toEqual([
      segment('2026-06-06T16:00:00.000Z', '2026-06-07T02:00:00.000Z'),
    ]);
  });

  it('gives 00:00–04:00 five real hours on the fall-back night and three on the spring-forward night', () => {
    const fallBack = openSegments(
      sundayNights,
      at('2026-10-24T12:00:00Z'),
      at('2026-10-25T12:00:00Z'),
    );
    const springForward = openSegments(
      sundayNights,
      at('2026-03-28T12:00:00Z'),
      at('2026-03-29T12:00:00Z'),
    );
    expect([hoursOf(fallBack), hoursOf(springForward)]).toEqual([5, 3]);
  });

  it('opens an interval that starts in the spring-forward gap when the clocks jump', () => {
    const late: CalendarDocument = {
      ...sundayNights,
      weeklyHours: { ...sundayNights.weeklyHours, sun: [{ from: '02:30', to: '04:00' }] },
    };
    // 02:30 does not exist on 2026-03-29: open from 03:00 CEST (01:00Z) to 04:00 CEST.
    expect(openSegments(late, at('2026-03-28T12:00:00Z'), at('2026-03-29T12:00:00Z'))).toEqual([
      segment('2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z'),
    ]);
  });

  it("keeps the night before's shift on a holiday and replaces the holiday's own", () => {
    // Wed 22:00 EST to Thanksgiving 06:00 stays; Thanksgiving opens 23:00 to Fri 02:00 only.
    expect(
      openSegments(newYorkNights, at('2026-11-26T00:00:00Z'), at('2026-11-27T12:00:00Z')),
    ).toEqual([
      segment('2026-11-26T03:00:00.000Z', '2026-11-26T11:00:00.000Z'),
      segment('2026-11-27T04:00:00.000Z', '2026-11-27T07:00:00.000Z'),
    ]);
  });

  it('includes the part of an overnight shift that started before the window', () => {
    // From Tue 2026-06-02 03:00 EDT: Monday night's shift still runs until 06:00.
    expect(
      openSegments(newYorkNights, at('2026-06-02T07:00:00Z'), at('2026-06-02T12:00:00Z')),
    ).toEqual([segment('2026-06-02T07:00:00.000Z', '2026-06-02T10:00:00.000Z')]);
  });

  it('is empty over closed time and for an empty window', () => {
    expect(
      openSegments(amsterdamDesk, at('2026-06-06T00:00:00Z'), at('2026-06-07T00:00:00Z')),
    ).toEqual([]);
    expect(
      openSegments(amsterdamDesk, at('2026-06-05T10:00:00Z'), at('2026-06-05T10:00:00Z')),
    ).toEqual([]);
  });
});

describe('the bounded search for open time', () => {
  it(`crosses the longest closure a valid calendar allows (${MAX_CALENDAR_HOLIDAYS} holidays in a row)`, () => {
    const first = Date.UTC(2027, 0, 1);
    const holidays = Array.from({ length: MAX_CALENDAR_HOLIDAYS }, (_, i) => ({
      date: new Date(first + i * 86_400_000).toISOString().slice(0, 10),
    }));
    // 2029-09-27, a Thursday, is the first date after the closure: 08:00 CEST + 1 hour.
    expect(
      addBusinessTime(withHolidays(amsterdamDesk, holidays), at('2026-12-31T17:00:00Z'), HOUR),
    ).toBe('2029-09-27T07:00:00.000Z');
  });

  it('refuses, with a RangeError, a calendar the validation would refuse', () => {
    const neverOpen = { ...sundayNights, weeklyHours: { ...sundayNights.weeklyHours, sun: [] } };
    expect(() => addBusinessTime(neverOpen, at('2026-06-05T10:00:00Z'), HOUR)).toThrow(RangeError);
  });
});
