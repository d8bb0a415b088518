import { Module } from '@nestjs/common';
import { CalendarsModule } from '@recovery/calendars';
import { SitesController } from './sites.controller';

/** HTTP for sites: their registrations (name, zone, calendar) and time zones. */
@Module({ imports: [CalendarsModule], controllers: [SitesController] })
export class SitesModule {}
