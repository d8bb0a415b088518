import { Module } from '@nestjs/common';
import { DelegationsModule } from '@recovery/delegations';
import { IncidentsModule } from '@recovery/incidents';
import { ApprovalsController } from './approvals.controller';

/** HTTP for the supervisors' inbox and decisions (a delegate's too). */
@Module({ imports: [IncidentsModule, DelegationsModule], controllers: [ApprovalsController] })
export class ApprovalsModule {}
