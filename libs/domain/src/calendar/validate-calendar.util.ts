import { type FieldError } from '../errors/domain.error';
import { checkDocumentHeader, type FieldFailure } from '../validation/document-header.util';
import { isJsonObject } from '../validation/json-object.util';
import { type CalendarDocument, WEEKDAYS, type Weekday } from './calendar-document';
import { type EpochDay, parseLocalDate, weekdayOf } from './local-date.util';
import { isIanaTimeZone } from './time-zone.util';
import {
  type CheckedInterval,
  checkDayIntervals,
  spillOverlaps,
} from './validate-opening-hours.util';

export type CalendarValidation =
  { ok: true; calendar: CalendarDocument } | { ok: false; errors: FieldError[] };

/** At most this many holidays per calendar version (about three years of dates). */
export const MAX_CALENDAR_HOLIDAYS = 1000;

const KNOWN_FIELDS = new Set([
  'key',
  'title',
  'timeZone',
  'weeklyHours',
  'holidays',
  'description',
]);
const HOLIDAY_FIELDS = new Set(['date', 'name', 'hours']);

type Fail = FieldFailure;
type WeekIntervals = Record<Weekday, CheckedInterval[]>;
interface CheckedHoliday {
  field: string;
  intervals: CheckedInterval[];
}

/** Validates a calendar document (issue 12), naming every bad field. */
export function validateCalendarDocument(input: unknown): CalendarValidation {
  if (!isJsonObject(input))
    return { ok: false, errors: [{ field: '', message: 'must be a JSON object' }] };
  const errors: FieldError[] = [];
  const fail: Fail = (field, message) => void errors.push({ field, message });

  checkDocumentHeader(input, KNOWN_FIELDS, 'calendar', fail);
  if (!isIanaTimeZone(input.timeZone))
    fail('timeZone', 'must be an IANA time zone such as Europe/Amsterdam, not an offset');
  const week = checkWeeklyHours(input.weeklyHours, fail);
  checkHolidays(input.holidays, week, fail);

  return errors.length === 0
    ? { ok: true, calendar: input as unknown as CalendarDocument }
    : { ok: false, errors };
}

function checkWeeklyHours(value: unknown, fail: Fail): WeekIntervals {
  const week = Object.fromEntries(WEEKDAYS.map((day) => [day, []])) as unknown as WeekIntervals;
  if (!isJsonObject(value)) {
    fail('weeklyHours', `must be an object with the days ${WEEKDAYS.join(', ')}`);
    return week;
  }
  for (const day of Object.keys(value))
    if (!(WEEKDAYS as readonly string[]).includes(day))
      fail(`weeklyHours.${day}`, `is not a day: the days are ${WEEKDAYS.join(', ')}`);
  for (const day of WEEKDAYS)
    week[day] = checkDayIntervals(value[day], `weeklyHours.${day}`, fail) ?? [];
  WEEKDAYS.forEach((day, i) => {
    const nextDay = WEEKDAYS[(i + 1) % WEEKDAYS.length];
    for (const { overnight, next } of spillOverlaps(week[day], week[nextDay]))
      fail(next.field, `overlaps the overnight interval ${overnight.field}`);
  });
  // A week with no open time would leave every business clock running forever.
  if (WEEKDAYS.every((day) => isEmptyList(value[day])))
    fail('weeklyHours', 'must open at least once a week');
  return week;
}

function checkHolidays(value: unknown, week: WeekIntervals, fail: Fail): void {
  if (!Array.isArray(value)) return fail('holidays', 'must be a list of holidays ([] when none)');
  if (value.length > MAX_CALENDAR_HOLIDAYS)
    return fail('holidays', `must have at most ${MAX_CALENDAR_HOLIDAYS} holidays`);
  const byDay = new Map<EpochDay, CheckedHoliday>();
  value.forEach((holiday: unknown, i) => {
    const field = `holidays[${i}]`;
    const day = checkHoliday(holiday, field, fail);
    if (!isJsonObject(holiday)) return;
    const intervals =
      holiday.hours === undefined ? [] : checkDayIntervals(holiday.hours, `${field}.hours`, fail);
    if (day === undefined) return;
    const earlier = byDay.get(day);
    if (earlier !== undefined) fail(`${field}.date`, `duplicates ${earlier.field}.date`);
    else byDay.set(day, { field, intervals: intervals ?? [] });
  });
  refuseHolidaySpillOverlaps(byDay, week, fail);
}

/** Checks a holiday's fields other than its hours; returns its date when well formed. */
function checkHoliday(value: unknown, field: string, fail: Fail): EpochDay | undefined {
  if (!isJsonObject(value)) {
    fail(field, 'must be an object { date, name?, hours? }');
    return undefined;
  }
  for (const key of Object.keys(value))
    if (!HOLIDAY_FIELDS.has(key)) fail(`${field}.${key}`, 'is not a field of a holiday');
  if (value.name !== undefined && (typeof value.name !== 'string' || value.name.trim() === ''))
    fail(`${field}.name`, 'must be a non-empty string when given');
  const day = parseLocalDate(value.date);
  if (day === undefined) fail(`${field}.date`, 'must be a date YYYY-MM-DD');
  return day;
}

// A holiday replaces the intervals that start on its date, so its own overnight hours
// must not run into the next day's, nor the day before's overnight spill into its own.
function refuseHolidaySpillOverlaps(
  byDay: ReadonlyMap<EpochDay, CheckedHoliday>,
  week: WeekIntervals,
  fail: Fail,
): void {
  const intervalsOn = (day: EpochDay): CheckedInterval[] =>
    byDay.get(day)?.intervals ?? week[weekdayOf(day)];
  for (const [day, holiday] of byDay) {
    for (const { overnight, next } of spillOverlaps(holiday.intervals, intervalsOn(day + 1)))
      fail(`${overnight.field}.to`, `runs past midnight into ${next.field} of the next day`);
    if (byDay.has(day - 1)) continue; // that holiday's own check covers the pair
    for (const { overnight, next } of spillOverlaps(week[weekdayOf(day - 1)], holiday.intervals))
      fail(next.field, `overlaps the overnight interval ${overnight.field} of the day before`);
  }
}

const isEmptyList = (value: unknown): boolean => Array.isArray(value) && value.length === 0;
