import { Module } from '@nestjs/common';
import { LiveChangesListener } from './live-changes.listener';
import { LiveController } from './live.controller';
import { LiveSubscribers } from './live-subscribers.service';

/** `GET /v1/stream`: read-model changes from PostgreSQL NOTIFY, as server-sent events. */
@Module({
  controllers: [LiveController],
  providers: [LiveSubscribers, LiveChangesListener],
})
export class LiveModule {}
