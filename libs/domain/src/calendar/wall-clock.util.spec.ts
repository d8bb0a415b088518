import { parseLocalDate } from './local-date.util';
import { calendarZone, localDayOf, wallClockToInstant } from './wall-clock.util';

const instantOf = (zone: string, date: string, time: string): string => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const day = parseLocalDate(date) as number;
  return new Date(wallClockToInstant(calendarZone(zone), day, hours * 60 + minutes)).toISOString();
};

describe('wallClockToInstant', () => {
  it.each([
    // zone, local date, local time, instant
    ['Europe/Amsterdam', '2026-06-05', '17:30', '2026-06-05T15:30:00.000Z'],
    ['Europe/Amsterdam', '2026-06-05', '24:00', '2026-06-05T22:00:00.000Z'],
    ['America/New_York', '2026-01-15', '09:00', '2026-01-15T14:00:00.000Z'],
  ])('reads an ordinary wall-clock time in %s (%s %s)', (zone, date, time, instant) => {
    expect(instantOf(zone, date, time)).toBe(instant);
  });

  it.each([
    // Amsterdam jumps from 02:00 CET to 03:00 CEST at 01:00Z on 2026-03-29.
    ['Europe/Amsterdam', '2026-03-29', '02:00', '2026-03-29T01:00:00.000Z'],
    ['Europe/Amsterdam', '2026-03-29', '02:30', '2026-03-29T01:00:00.000Z'],
    ['Europe/Amsterdam', '2026-03-29', '02:59', '2026-03-29T01:00:00.000Z'],
    ['Europe/Amsterdam', '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    // New York jumps from 02:00 EST to 03:00 EDT at 07:00Z on 2026-03-08.
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:00:00.000Z'],
    ['America/New_York', '2026-03-08', '01:59', '2026-03-08T06:59:00.000Z'],
  ])(
    'resolves %s %s %s, skipped or next to the gap, to the first instant after it',
    (zone, date, time, instant) => {
      expect(instantOf(zone, date, time)).toBe(instant);
    },
  );

  it.each([
    // Amsterdam repeats 02:00–03:00 on 2026-10-25: first CEST (00:00Z), then CET (01:00Z).
    ['Europe/Amsterdam', '2026-10-25', '02:00', '2026-10-25T00:00:00.000Z'],
    ['Europe/Amsterdam', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['Europe/Amsterdam', '2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    // New York repeats 01:00–02:00 on 2026-11-01: first EDT (05:00Z), then EST (06:00Z).
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
    ['America/New_York', '2026-11-01', '02:00', '2026-11-01T07:00:00.000Z'],
  ])(
    'resolves %s %s %s, repeated at fall-back, to its first occurrence',
    (zone, date, time, instant) => {
      expect(instantOf(zone, date, time)).toBe(instant);
    },
  );

  it('refuses a zone the runtime does not know', () => {
    expect(() => calendarZone('Europe/Atlantis')).toThrow(RangeError);
  });
});

describe('localDayOf', () => {
  it('reads the date in the zone, not in UTC', () => {
    const zone = calendarZone('America/New_York');
    // 03:00Z on 2026-06-06 is still 23:00 on the 5th in New York.
    expect(localDayOf(zone, Date.parse('2026-06-06T03:00:00Z'))).toBe(parseLocalDate('2026-06-05'));
  });
});
