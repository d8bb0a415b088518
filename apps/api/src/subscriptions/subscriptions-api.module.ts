import { Module } from '@nestjs/common';
import { WebhooksModule } from '@recovery/webhooks';
import { SubscriptionsController } from './subscriptions.controller';

/** HTTP for webhook subscriptions and their deliveries (issue 13). */
@Module({ imports: [WebhooksModule], controllers: [SubscriptionsController] })
export class SubscriptionsApiModule {}
