import { Module } from '@nestjs/common';
import { EventStore, EventStoreModule } from '@recovery/event-store';
import { DelegationCommandsService } from './delegation-commands.service';
import { DelegationQueriesService } from './delegation-queries.service';
import { DelegationStreams } from './delegation-streams';
import { delegationInlineProjections } from './projection/delegation-read-model.projection';

/**
 * Dated approval delegation: lending, revoking, and who holds what now. Needs, in
 * global scope, the app's TypeORM connection, AppConfig and a Temporal Client (the
 * API provides all three), as @recovery/incidents does.
 */
@Module({
  imports: [EventStoreModule.forRoot({ inlineProjections: delegationInlineProjections })],
  providers: [
    {
      provide: DelegationStreams,
      inject: [EventStore],
      useFactory: (store: EventStore) => new DelegationStreams(store),
    },
    DelegationQueriesService,
    DelegationCommandsService,
  ],
  exports: [DelegationQueriesService, DelegationCommandsService],
})
export class DelegationsModule {}
