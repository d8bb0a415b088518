import { Inject, Injectable } from '@nestjs/common';
import {
  type CalendarVersion,
  type PinnedCalendar,
  validateCalendarDocument,
} from '@recovery/domain';
import { ChangeTokenCache } from '@recovery/database';
import { CalendarNotFound, InvalidCalendarDocument } from './calendar.errors';
import { CalendarVersionRepository } from './calendar-version.repository';
import { type SiteCalendars, SiteCalendarsSource } from './site-calendars.source';

/** Versioned business-hours calendars: create, list, and the one a site's incidents pin. */
@Injectable()
export class CalendarsService {
  // Every incident opening asks for its site's calendar (issue 12): the documents are
  // read again only when a calendar version was added or a site changed, by any process.
  private readonly siteCalendars: ChangeTokenCache<SiteCalendars>;

  constructor(
    @Inject(CalendarVersionRepository) private readonly repository: CalendarVersionRepository,
    @Inject(SiteCalendarsSource) siteCalendarsSource: SiteCalendarsSource,
  ) {
    this.siteCalendars = new ChangeTokenCache(siteCalendarsSource);
  }

  /** Validates `document` and stores it as the next version of its key (1 for a new key). */
  async createVersion(document: unknown, createdBy: string): Promise<CalendarVersion> {
    const validation = validateCalendarDocument(document);
    if (!validation.ok) throw new InvalidCalendarDocument(validation.errors);
    return this.repository.insertNextVersion(validation.calendar, createdBy);
  }

  /** The newest version of every calendar, by key. */
  list(): Promise<CalendarVersion[]> {
    return this.repository.latestVersions();
  }

  /** Every version of a key, newest first; CalendarNotFound for an unknown key. */
  async versionsOf(key: string): Promise<CalendarVersion[]> {
    const versions = await this.repository.versionsOf(key);
    if (versions.length === 0) throw new CalendarNotFound(key);
    return versions;
  }

  /** The exact version an incident is pinned to; CalendarNotFound otherwise. */
  async getVersion(key: string, version: number): Promise<PinnedCalendar> {
    const found = await this.repository.find(key, version);
    if (found === undefined) throw new CalendarNotFound(key, version);
    return { key: found.key, version: found.version, document: found.document };
  }

  /**
   * The newest version of the site's calendar, which a new incident's business clocks
   * are pinned to; undefined when the site is not registered or has no calendar (open
   * around the clock).
   */
  async calendarForSite(site: string): Promise<PinnedCalendar | undefined> {
    return (await this.siteCalendars.get()).get(site);
  }
}
