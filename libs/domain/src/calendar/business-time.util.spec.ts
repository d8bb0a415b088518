// Examples a reader can check by hand against a wall calendar (issue 12). Local times
// are written beside each UTC instant: Amsterdam is UTC+1 in winter (CET) and UTC+2 in
// summer (CEST); New York UTC-5 (EST) and UTC-4 (EDT).
import { type IsoTimestamp } from '../ids/ids';
import { addBusinessTime, businessTimeBetween, isOpen, nextOpening } from './business-time.util';
import {
  amsterdamDesk,
  aroundTheClock,
  newYorkNights,
  withHolidays,
} from './calendar.spec-fixture';

const at = (instant: string): IsoTimestamp => instant as IsoTimestamp;
const HOUR = 3_600_000;

describe('addBusinessTime at the Amsterdam desk (Mon–Fri 08:00–18:00)', () => {
  it('counts a two-hour clock opened Friday 17:30 until Monday 09:30', () => {
    // Fri 2026-06-05 17:30 CEST: 30 minutes on Friday, 90 from Monday 08:00.
    expect(addBusinessTime(amsterdamDesk, at('2026-06-05T15:30:00Z'), 2 * HOUR)).toBe(
      '2026-06-08T07:30:00.000Z', // Mon 09:30 CEST
    );
  });

  it('skips a Monday holiday: due Tuesday 09:30', () => {
    // Whit Monday 2026-05-25 closed all day.
    const desk = withHolidays(amsterdamDesk, [{ date: '2026-05-25', name: 'Whit Monday' }]);
    expect(addBusinessTime(desk, at('2026-05-22T15:30:00Z'), 2 * HOUR)).toBe(
      '2026-05-26T07:30:00.000Z', // Tue 09:30 CEST
    );
  });

  it('is due Monday 09:30 local across the October change (Fri CEST, Mon CET)', () => {
    expect(addBusinessTime(amsterdamDesk, at('2026-10-23T15:30:00Z'), 2 * HOUR)).toBe(
      '2026-10-26T08:30:00.000Z', // Mon 09:30 CET
    );
  });

  it('is due Monday 09:30 local across the March change (Fri CET, Mon CEST)', () => {
    expect(addBusinessTime(amsterdamDesk, at('2026-03-27T16:30:00Z'), 2 * HOUR)).toBe(
      '2026-03-30T07:30:00.000Z', // Mon 09:30 CEST
    );
  });

  it('counts only the morning of the partial holiday 2026-12-24, then skips Christmas', () => {
    // Thu 10:00 CET: 2 hours until 12:00, Fri 25th closed, weekend, 1 hour on Monday.
    expect(addBusinessTime(amsterdamDesk, at('2026-12-24T09:00:00Z'), 3 * HOUR)).toBe(
      '2026-12-28T08:00:00.000Z', // Mon 09:00 CET
    );
  });

  it('starts a clock opened off-hours at the next opening', () => {
    // Sat 2026-06-06 11:00 CEST: nothing counts before Monday 08:00.
    expect(addBusinessTime(amsterdamDesk, at('2026-06-06T09:00:00Z'), HOUR)).toBe(
      '2026-06-08T07:00:00.000Z', // Mon 09:00 CEST
    );
  });

  it('ends a clock that runs out exactly at closing at the closing', () => {
    expect(addBusinessTime(amsterdamDesk, at('2026-06-05T14:00:00Z'), 2 * HOUR)).toBe(
      '2026-06-05T16:00:00.000Z', // Fri 18:00 CEST
    );
  });

  it('moves the deadline by a pause in open time, not by the pause in closed time', () => {
    const pauses = [
      { start: at('2026-06-06T08:00:00Z'), end: at('2026-06-07T08:00:00Z') }, // the weekend
      { start: at('2026-06-08T06:00:00Z'), end: at('2026-06-08T06:45:00Z') }, // Mon 08:00–08:45
    ];
    expect(addBusinessTime(amsterdamDesk, at('2026-06-05T15:30:00Z'), 2 * HOUR, pauses)).toBe(
      '2026-06-08T08:15:00.000Z', // Mon 10:15 CEST
    );
  });

  it('refuses a negative duration', () => {
    expect(() => addBusinessTime(amsterdamDesk, at('2026-06-05T15:30:00Z'), -1)).toThrow(
      RangeError,
    );
  });
});

describe('addBusinessTime over DST nights', () => {
  it('moves one business hour across fall-back by one real hour (25-hour night)', () => {
    // Sat 2026-10-24 22:00 CEST + 6 open hours = Sun 03:00 CET, 5 hours later on the wall.
    expect(addBusinessTime(aroundTheClock, at('2026-10-24T20:00:00Z'), 6 * HOUR)).toBe(
      '2026-10-25T02:00:00.000Z',
    );
  });

  it('counts the 3 real hours of New York 00:00–04:00 on 2026-03-08, then the night shift', () => {
    // Sun 00:00 EST (05:00Z) to 04:00 EDT (08:00Z) is 3 hours; the 4th is Sun 22:00–23:00 EDT.
    expect(addBusinessTime(newYorkNights, at('2026-03-08T05:00:00Z'), 4 * HOUR)).toBe(
      '2026-03-09T03:00:00.000Z',
    );
  });

  it('counts the 5 real hours of New York 00:00–04:00 on 2026-11-01', () => {
    // Sun 00:00 EDT (04:00Z) to 04:00 EST (09:00Z).
    expect(addBusinessTime(newYorkNights, at('2026-11-01T04:00:00Z'), 5 * HOUR)).toBe(
      '2026-11-01T09:00:00.000Z',
    );
  });
});

describe('addBusinessTime on the New York night shift (22:00–06:00)', () => {
  it('counts across midnight into the next date', () => {
    // Mon 2026-06-01 21:00 EDT: opens 22:00, two hours later is Tue 00:00 EDT.
    expect(addBusinessTime(newYorkNights, at('2026-06-02T01:00:00Z'), 2 * HOUR)).toBe(
      '2026-06-02T04:00:00.000Z',
    );
  });

  it('carries what the night leaves over to the next night', () => {
    // Mon 23:00 EDT + 8 h: 7 until Tue 06:00, the 8th on Tue 22:00–23:00 EDT.
    expect(addBusinessTime(newYorkNights, at('2026-06-02T03:00:00Z'), 8 * HOUR)).toBe(
      '2026-06-03T03:00:00.000Z',
    );
  });
});

describe('isOpen and nextOpening', () => {
  it('treats opening hours as half-open: open at 08:00, closed at 18:00', () => {
    expect(isOpen(amsterdamDesk, at('2026-06-05T06:00:00Z'))).toBe(true);
    expect(isOpen(amsterdamDesk, at('2026-06-05T16:00:00Z'))).toBe(false);
    expect(isOpen(amsterdamDesk, at('2026-06-05T15:59:59.999Z'))).toBe(true);
  });

  it('is closed on a holiday and open in the spill of the night before into it', () => {
    // Thanksgiving 2026-11-26 opens 23:00–02:00 only; Wednesday's shift still runs to 06:00.
    expect(isOpen(newYorkNights, at('2026-11-26T10:00:00Z'))).toBe(true); // Thu 05:00 EST
    expect(isOpen(newYorkNights, at('2026-11-27T03:30:00Z'))).toBe(false); // Thu 22:30 EST
    expect(isOpen(newYorkNights, at('2026-11-27T04:30:00Z'))).toBe(true); // Thu 23:30 EST
  });

  it('gives the instant itself when open, else the next opening', () => {
    expect(nextOpening(amsterdamDesk, at('2026-06-05T10:00:00Z'))).toBe('2026-06-05T10:00:00.000Z');
    expect(nextOpening(amsterdamDesk, at('2026-06-05T16:00:00Z'))).toBe('2026-06-08T06:00:00.000Z');
  });
});

describe('businessTimeBetween', () => {
  it('counts the open time from Friday 17:30 to Monday 09:30 as two hours', () => {
    expect(
      businessTimeBetween(amsterdamDesk, at('2026-06-05T15:30:00Z'), at('2026-06-08T07:30:00Z')),
    ).toBe(2 * HOUR);
  });

  it('is 0 when the end is not after the start', () => {
    const friday = at('2026-06-05T10:00:00Z');
    expect(businessTimeBetween(amsterdamDesk, friday, friday)).toBe(0);
    expect(businessTimeBetween(amsterdamDesk, friday, at('2026-06-05T09:00:00Z'))).toBe(0);
  });

  it('leaves out paused time', () => {
    const pause = { start: at('2026-06-05T10:00:00Z'), end: at('2026-06-05T11:00:00Z') };
    expect(
      businessTimeBetween(amsterdamDesk, at('2026-06-05T06:00:00Z'), at('2026-06-05T16:00:00Z'), [
        pause,
      ]),
    ).toBe(9 * HOUR);
  });

  it('counts 2026 at the desk: 261 weekdays less Christmas, Christmas Eve four hours', () => {
    const year = businessTimeBetween(
      amsterdamDesk,
      at('2025-12-31T23:00:00Z'), // 2026-01-01 00:00 CET
      at('2026-12-31T23:00:00Z'),
    );
    expect(year).toBe((259 * 10 + 4) * HOUR);
  });
});
