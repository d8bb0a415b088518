import { Module } from '@nestjs/common';
import { DelegationsModule } from '@recovery/delegations';
import { LiveChangesListener } from './live-changes.listener';
import { LiveController } from './live.controller';
import { LiveSubscribers } from './live-subscribers.service';

/** `GET /v1/stream`: read-model changes from PostgreSQL NOTIFY, as server-sent events. */
@Module({
  imports: [DelegationsModule],
  controllers: [LiveController],
  providers: [LiveSubscribers, LiveChangesListener],
})
export class LiveModule {}
