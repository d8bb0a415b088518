// Property tests of the engine (issue 12; CALENDARS.md): over instants around the DST
// changes of Amsterdam and New York, with overnight shifts, intervals inside the
// skipped and repeated hours, and partial holidays next to the changes.
import fc from 'fast-check';
import { type IsoTimestamp, toIsoTimestamp } from '../ids/ids';
import { addBusinessTime, businessTimeBetween, isOpen, nextOpening } from './business-time.util';
import { type CalendarDocument, type OpeningInterval } from './calendar-document';
import { newYorkNights, weeklyHours } from './calendar.spec-fixture';
import { openSegments } from './open-segments.util';
import { type TimeSegment } from './time-segment.util';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const dstNight: OpeningInterval = { from: '01:30', to: '02:30' }; // skipped or repeated on DST Sundays
// Listed out of order on purpose: a document may.
const office: OpeningInterval[] = [
  { from: '13:00', to: '18:00' },
  dstNight,
  { from: '08:00', to: '12:00' },
];
const late: OpeningInterval = { from: '22:00', to: '01:00' };

const amsterdamShifts: CalendarDocument = {
  key: 'ams-shifts',
  title: 'Amsterdam shifts',
  timeZone: 'Europe/Amsterdam',
  weeklyHours: weeklyHours(office, { sat: [dstNight, late], sun: [dstNight, late] }),
  holidays: [
    { date: '2026-03-27', hours: [{ from: '23:00', to: '01:30' }] },
    { date: '2026-03-30', hours: [{ from: '10:00', to: '11:00' }] },
    { date: '2026-10-26', hours: [{ from: '08:00', to: '12:00' }] },
    { date: '2026-10-27' },
  ],
};
const newYorkShifts: CalendarDocument = {
  ...newYorkNights,
  holidays: [
    ...newYorkNights.holidays,
    { date: '2026-03-09', hours: [{ from: '23:00', to: '02:00' }] },
    { date: '2026-11-02' },
  ],
};

/** Windows of eight days around each DST change in 2026. */
const DST_DAYS = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01'].map(Date.parse);
const window = fc
  .constantFrom(...DST_DAYS)
  .map((day) => ({ from: day - 4 * DAY, to: day + 4 * DAY }));
const calendar = fc.constantFrom(amsterdamShifts, newYorkShifts);
const instant = window.chain(({ from, to }) => fc.integer({ min: from, max: to }));
/** Three instants in order, in one window. */
const threeInstants = window.chain(({ from, to }) =>
  fc
    .array(fc.integer({ min: from, max: to }), { minLength: 3, maxLength: 3 })
    .map((instants) => instants.sort((p, q) => p - q) as [number, number, number]),
);
const duration = fc.integer({ min: 1, max: 30 * HOUR });
const pause = fc
  .tuple(instant, fc.integer({ min: 0, max: 12 * HOUR }))
  .map(([start, length]): TimeSegment => ({ start: iso(start), end: iso(start + length) }));
const pauses = fc.array(pause, { maxLength: 3 });

function iso(ms: number): IsoTimestamp {
  return toIsoTimestamp(ms);
}
const ms = (at: IsoTimestamp): number => Date.parse(at);

/** The closed stretches between the open segments of [from, to). */
function closedSegments(cal: CalendarDocument, from: number, to: number): TimeSegment[] {
  const open = openSegments(cal, iso(from), iso(to));
  const edges = [from, ...open.flatMap((s) => [ms(s.start), ms(s.end)]), to];
  const closed: TimeSegment[] = [];
  for (let i = 0; i < edges.length; i += 2)
    if (edges[i] < edges[i + 1]) closed.push({ start: iso(edges[i]), end: iso(edges[i + 1]) });
  return closed;
}

/** Where to cut a pause out of a list of segments: which segment, and where in it. */
const cut = fc.record({ pick: fc.nat(), a: fc.nat(), b: fc.nat() });

/** A pause inside one of `segments`, chosen by `cut`; undefined when there are none. */
function pauseInside(
  segments: TimeSegment[],
  { pick, a, b }: { pick: number; a: number; b: number },
): TimeSegment | undefined {
  const segment = segments[pick % Math.max(1, segments.length)];
  if (segment === undefined) return undefined;
  const start = ms(segment.start) + (a % (ms(segment.end) - ms(segment.start) + 1));
  return { start: iso(start), end: iso(start + (b % (ms(segment.end) - start + 1))) };
}

describe('business time, as properties over DST days', () => {
  it('is additive: adding a then b is adding a + b', () => {
    fc.assert(
      fc.property(calendar, instant, duration, duration, pauses, (cal, t, a, b, paused) => {
        const once = addBusinessTime(cal, iso(t), a + b, paused);
        expect(addBusinessTime(cal, addBusinessTime(cal, iso(t), a, paused), b, paused)).toBe(once);
      }),
    );
  });

  it('is inverted by businessTimeBetween', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        fc.integer({ min: 0, max: 30 * HOUR }),
        pauses,
        (cal, t, d, paused) => {
          const end = addBusinessTime(cal, iso(t), d, paused);
          expect(businessTimeBetween(cal, iso(t), end, paused)).toBe(d);
        },
      ),
    );
  });

  it('is monotonic in the duration and in the start', () => {
    fc.assert(
      fc.property(calendar, instant, instant, duration, duration, (cal, t1, t2, d1, d2) => {
        const [early, late] = [Math.min(t1, t2), Math.max(t1, t2)];
        const [short, long] = [Math.min(d1, d2), Math.max(d1, d2)];
        expect(ms(addBusinessTime(cal, iso(early), short))).toBeLessThanOrEqual(
          ms(addBusinessTime(cal, iso(early), long)),
        );
        expect(ms(addBusinessTime(cal, iso(early), short))).toBeLessThanOrEqual(
          ms(addBusinessTime(cal, iso(late), short)),
        );
      }),
    );
  });

  it('is not moved by a pause that lies in closed time', () => {
    fc.assert(
      fc.property(calendar, instant, duration, cut, (cal, t, d, where) => {
        const closedPause = pauseInside(closedSegments(cal, t, t + 5 * DAY), where);
        fc.pre(closedPause !== undefined);
        expect(addBusinessTime(cal, iso(t), d, [closedPause])).toBe(
          addBusinessTime(cal, iso(t), d),
        );
      }),
    );
  });

  it('is moved by exactly the open time of a pause that lies in open time before the end', () => {
    fc.assert(
      fc.property(calendar, instant, duration, cut, (cal, t, extra, where) => {
        const openPause = pauseInside(openSegments(cal, iso(t), iso(t + 5 * DAY)), where);
        fc.pre(openPause !== undefined);
        const pausedOpenTime = ms(openPause.end) - ms(openPause.start);
        // The clock has not run out when the pause starts.
        const d = businessTimeBetween(cal, iso(t), openPause.start) + extra;
        expect(addBusinessTime(cal, iso(t), d, [openPause])).toBe(
          addBusinessTime(cal, iso(t), d + pausedOpenTime),
        );
      }),
    );
  });

  it('agrees, in isOpen and nextOpening, with openSegments', () => {
    fc.assert(
      fc.property(calendar, window, fc.nat(), (cal, { from, to }, offset) => {
        const t = from + (offset % (to - from));
        const segments = openSegments(cal, iso(from), iso(to));
        const containing = segments.some((s) => ms(s.start) <= t && t < ms(s.end));
        expect(isOpen(cal, iso(t))).toBe(containing);
        const next = segments.find((s) => ms(s.end) > t);
        if (next !== undefined)
          expect(nextOpening(cal, iso(t))).toBe(iso(Math.max(t, ms(next.start))));
      }),
    );
  });

  it('splits businessTimeBetween at any instant between its ends', () => {
    fc.assert(
      fc.property(calendar, threeInstants, pauses, (cal, [a, b, c], paused) => {
        const whole = businessTimeBetween(cal, iso(a), iso(c), paused);
        const parts =
          businessTimeBetween(cal, iso(a), iso(b), paused) +
          businessTimeBetween(cal, iso(b), iso(c), paused);
        expect(parts).toBe(whole);
      }),
    );
  });
});
