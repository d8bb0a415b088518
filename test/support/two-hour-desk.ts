import { randomUUID } from 'node:crypto';
import { type CalendarDocument } from '@recovery/domain';

const HOUR = 3_600_000;
const hh = (hour: number): string => `${String(hour % 24).padStart(2, '0')}:00`;

/**
 * A UTC calendar (fresh key) open every day for two hours from two whole hours after
 * `now`, and that opening: a site that stays closed for the length of a test, whose
 * business deadlines can be worked out by hand whenever the test runs.
 */
export function twoHourDeskOpeningLater(now: number): {
  document: CalendarDocument;
  opensAt: number;
} {
  const opensAt = Math.floor(now / HOUR) * HOUR + 2 * HOUR;
  const from = new Date(opensAt).getUTCHours();
  const hours = [{ from: hh(from), to: from + 2 === 24 ? '24:00' : hh(from + 2) }];
  const document: CalendarDocument = {
    key: `test-desk-${randomUUID().slice(0, 8)}`,
    title: 'Open two hours a day',
    timeZone: 'UTC',
    weeklyHours: {
      mon: hours,
      tue: hours,
      wed: hours,
      thu: hours,
      fri: hours,
      sat: hours,
      sun: hours,
    },
    holidays: [],
  };
  return { document, opensAt };
}
