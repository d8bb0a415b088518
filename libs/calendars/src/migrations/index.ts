import { CreateCalendarVersions1765200000001 } from './create-calendar-versions.migration';
import { CreateSites1765200000002 } from './create-sites.migration';

/** The calendars lib's migrations, in order; @recovery/database collects them. */
export const calendarsMigrations = [CreateCalendarVersions1765200000001, CreateSites1765200000002];
