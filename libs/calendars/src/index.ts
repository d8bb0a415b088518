export { CalendarsService } from './calendars.service';
export { SitesService } from './sites.service';
export { CalendarsModule } from './calendars.module';
export { CalendarVersionRepository } from './calendar-version.repository';
export { SiteRepository } from './site.repository';
export { SiteCalendarsSource, type SiteCalendars } from './site-calendars.source';
export {
  CalendarNotFound,
  InvalidCalendarDocument,
  InvalidSiteRegistration,
} from './calendar.errors';
export { type Site, type SiteRegistration } from './site';
export { calendarsMigrations } from './migrations';
