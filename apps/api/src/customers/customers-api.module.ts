import { Module } from '@nestjs/common';
import { IncidentsModule } from '@recovery/incidents';
import { CustomersController } from './customers.controller';

/** HTTP for what is done per customer: erasure of their personal data (issue 14). */
@Module({ imports: [IncidentsModule], controllers: [CustomersController] })
export class CustomersApiModule {}
