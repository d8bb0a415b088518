/** A registered site: its name, the zone its times are shown in, and its calendar. */
export interface Site {
  code: string;
  name: string;
  /** IANA zone of site time. */
  timeZone: string;
  /** The calendar whose newest version a new incident is pinned to; null: open around the clock. */
  calendarKey: string | null;
  updatedAt: string;
  updatedBy: string;
}

/** What registering (or re-registering) a site sets. */
export type SiteRegistration = Pick<Site, 'name' | 'timeZone' | 'calendarKey'>;
