/**
 * A business-hours calendar (issue 12): when a site is open, in its own time zone.
 * Field names are public contract. Versioned and immutable like policies: an
 * incident pins the version its site had when it opened.
 */

/** The days of `weeklyHours`, Monday first (ISO weekday 1–7). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Open from `from` to `to` in local wall-clock time ("HH:MM"), half-open. `to` may be
 * "24:00"; a `to` earlier than `from` runs overnight and belongs to the day it starts.
 */
export interface OpeningInterval {
  from: string;
  to: string;
}

/** A local date (YYYY-MM-DD) closed all day, or open only in `hours`. */
export interface CalendarHoliday {
  date: string;
  name?: string;
  hours?: OpeningInterval[];
}

export interface CalendarDocument {
  key: string;
  title: string;
  /** IANA zone the hours and holidays are written in. */
  timeZone: string;
  weeklyHours: Record<Weekday, OpeningInterval[]>;
  holidays: CalendarHoliday[];
  description?: string;
}

/** A calendar key and version: what an incident's business clocks are pinned to. */
export interface CalendarRef {
  key: string;
  version: number;
}

/** A stored, immutable calendar version. */
export interface CalendarVersion extends CalendarRef {
  document: CalendarDocument;
  createdAt: string;
  createdBy: string;
}

/** A calendar version with its document, pinned to an incident at opening. */
export interface PinnedCalendar extends CalendarRef {
  document: CalendarDocument;
}
