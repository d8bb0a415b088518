import { parseLocalDate } from './local-date.util';
import { calendarZone, localDayOf, wallClockToInstant } from './wall-clock.util';

const instantOf = (zone: string, date: string, time: string): string => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const day = parseLocalDate(date) as number;
  return new Date(wallClockToInstant(calendarZone(zone), day, hours * 60 + minutes)).toISOString();
};

describe('wallClockToInstant', () => {
  it.each([
    // case, zone, local date, local time, instant
    ['ordinary', 'Europe/Amsterdam', '2026-06-05', '17:30', '2026-06-05T15:30:00.000Z'],
    ['ordinary', 'Europe/Amsterdam', '2026-06-05', '24:00', '2026-06-05T22:00:00.000Z'],
    ['ordinary', 'America/New_York', '2026-01-15', '09:00', '2026-01-15T14:00:00.000Z'],
    // Amsterdam jumps from 02:00 CET to 03:00 CEST at 01:00Z on 2026-03-29: a skipped
    // time is the first instant after the gap.
    ['skipped', 'Europe/Amsterdam', '2026-03-29', '02:00', '2026-03-29T01:00:00.000Z'],
    ['skipped', 'Europe/Amsterdam', '2026-03-29', '02:30', '2026-03-29T01:00:00.000Z'],
    ['skipped', 'Europe/Amsterdam', '2026-03-29', '02:59', '2026-03-29T01:00:00.000Z'],
    ['after the gap', 'Europe/Amsterdam', '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    // New York jumps from 02:00 EST to 03:00 EDT at 07:00Z on 2026-03-08.
    ['skipped', 'America/New_York', '2026-03-08', '02:30', '2026-03-08T07:00:00.000Z'],
    ['before the gap', 'America/New_York', '2026-03-08', '01:59', '2026-03-08T06:59:00.000Z'],
    // Amsterdam repeats 02:00–03:00 on 2026-10-25, first CEST (00:00Z), then CET
    // (01:00Z): a repeated time is its first occurrence.
    ['repeated', 'Europe/Amsterdam', '2026-10-25', '02:00', '2026-10-25T00:00:00.000Z'],
    ['repeated', 'Europe/Amsterdam', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['after the repeat', 'Europe/Amsterdam', '2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    // New York repeats 01:00–02:00 on 2026-11-01: first EDT (05:00Z), then EST (06:00Z).
    ['repeated', 'America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
    ['after the repeat', 'America/New_York', '2026-11-01', '02:00', '2026-11-01T07:00:00.000Z'],
  ])('%s: %s %s %s is %s', (_, zone, date, time, instant) => {
    expect(instantOf(zone, date, time)).toBe(instant);
  });

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
