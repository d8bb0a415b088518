import { Module } from '@nestjs/common';
import { SitesController } from './sites.controller';

/** What the API knows about sites beyond their codes: their time zones. */
@Module({ controllers: [SitesController] })
export class SitesModule {}
