import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarVersionRepository } from './calendar-version.repository';
import { CalendarsService } from './calendars.service';
import { SiteCalendarsSource } from './site-calendars.source';
import { SiteRepository } from './site.repository';
import { SitesService } from './sites.service';

/**
 * Calendars and sites on the application's TypeORM DataSource (registered by
 * DatabaseModule); SitesService also needs AppConfig (AppConfigModule, global).
 */
@Module({
  providers: [
    {
      provide: CalendarVersionRepository,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new CalendarVersionRepository(ds),
    },
    {
      provide: SiteRepository,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new SiteRepository(ds),
    },
    {
      provide: SiteCalendarsSource,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new SiteCalendarsSource(ds),
    },
    CalendarsService,
    SitesService,
  ],
  exports: [CalendarsService, SitesService],
})
export class CalendarsModule {}
