import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SubscriptionRepository } from './subscriptions/subscription.repository';
import { SubscriptionsService } from './subscriptions/subscriptions.service';

/**
 * Webhook subscriptions as the API manages them, on the application's TypeORM
 * DataSource (DatabaseModule) with AppConfig (global). The worker runs the outbox
 * projection and the dispatcher, which need no Nest module.
 */
@Module({
  providers: [
    {
      provide: SubscriptionRepository,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new SubscriptionRepository(ds),
    },
    SubscriptionsService,
  ],
  exports: [SubscriptionsService],
})
export class WebhooksModule {}
