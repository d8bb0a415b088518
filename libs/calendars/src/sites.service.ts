import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, type SiteTimeZones } from '@recovery/config';
import { type FieldError, isIanaTimeZone } from '@recovery/domain';
import { InvalidSiteRegistration } from './calendar.errors';
import { CalendarVersionRepository } from './calendar-version.repository';
import { type Site, type SiteRegistration } from './site';
import { SiteRepository } from './site.repository';
import { siteTimeZones } from './site-time-zones.util';

/** Registered sites: their names, zones and calendars. */
@Injectable()
export class SitesService {
  constructor(
    @Inject(SiteRepository) private readonly sites: SiteRepository,
    @Inject(CalendarVersionRepository) private readonly calendars: CalendarVersionRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Registers `code` (or replaces its registration); InvalidSiteRegistration naming
   * each field when the zone is not an IANA zone or the calendar does not exist.
   */
  async register(code: string, registration: SiteRegistration, updatedBy: string): Promise<Site> {
    const errors = await this.registrationErrors(registration);
    if (errors.length > 0) throw new InvalidSiteRegistration(code, errors);
    return this.sites.save(code, registration, updatedBy);
  }

  /** Every registered site, by code. */
  list(): Promise<Site[]> {
    return this.sites.list();
  }

  /** Each site's zone: registered sites' own, SITE_TIME_ZONES for the rest. */
  async timeZones(): Promise<SiteTimeZones> {
    return siteTimeZones(this.config.siteTimeZones, await this.sites.list());
  }

  private async registrationErrors(registration: SiteRegistration): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (!isIanaTimeZone(registration.timeZone))
      errors.push({
        field: 'timeZone',
        message: 'must be an IANA time zone such as Europe/Amsterdam',
      });
    const { calendarKey } = registration;
    // Calendar versions are never deleted, so a key that exists now still exists at the insert.
    if (calendarKey !== null && !(await this.calendars.exists(calendarKey)))
      errors.push({ field: 'calendarKey', message: `no calendar with key ${calendarKey}` });
    return errors;
  }
}
