import { Module } from '@nestjs/common';
import { IncidentsModule } from '@recovery/incidents';
import { IncidentCommandsController } from './incident-commands.controller';
import { IncidentsController } from './incidents.controller';

/** HTTP for incidents: open, list, read, events, and every command. */
@Module({
  imports: [IncidentsModule],
  controllers: [IncidentsController, IncidentCommandsController],
})
export class IncidentsApiModule {}
