import { Module } from '@nestjs/common';
import { CalendarsModule } from '@recovery/calendars';
import { CalendarsController } from './calendars.controller';

/** HTTP for versioned business-hours calendars. */
@Module({ imports: [CalendarsModule], controllers: [CalendarsController] })
export class CalendarsApiModule {}
