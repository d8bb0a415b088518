import { Module } from '@nestjs/common';
import { CalendarsModule } from '@recovery/calendars';
import { EventStoreModule } from '@recovery/event-store';
import { PersonalDataModule } from '@recovery/personal-data';
import { PoliciesModule } from '@recovery/policies';
import { CommandMetrics } from './commands/command-metrics';
import { IncidentCommandsService } from './commands/incident-commands.service';
import { CustomerErasureService } from './erasure/customer-erasure.service';
import { incidentInlineProjections } from './projection/incident-read-model.projection';
import { IncidentQueriesService } from './queries/incident-queries.service';

/**
 * The incident read side and the command service. Needs, in global scope, the
 * app's TypeORM connection (DatabaseModule), AppConfig (AppConfigModule) and a
 * Temporal Client (the API re-exports TemporalClientModule globally). It does not
 * import @recovery/temporal itself so that importing this lib (its migrations, its
 * projection) stays free of the workflow bundler's Node-only code.
 */
@Module({
  imports: [
    EventStoreModule.forRoot({ inlineProjections: incidentInlineProjections }),
    PoliciesModule,
    CalendarsModule,
    PersonalDataModule,
  ],
  providers: [
    IncidentQueriesService,
    IncidentCommandsService,
    CommandMetrics,
    CustomerErasureService,
  ],
  exports: [
    IncidentQueriesService,
    IncidentCommandsService,
    CommandMetrics,
    CustomerErasureService,
  ],
})
export class IncidentsModule {}
