import { Module } from '@nestjs/common';
import { IncidentsModule } from '@recovery/incidents';
import { ApprovalsController } from './approvals.controller';

/** HTTP for the supervisors' inbox and decisions. */
@Module({ imports: [IncidentsModule], controllers: [ApprovalsController] })
export class ApprovalsModule {}
