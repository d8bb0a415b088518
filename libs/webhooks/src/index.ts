export { WebhooksModule } from './webhooks.module';
export { SubscriptionsService } from './subscriptions/subscriptions.service';
export * from './subscriptions/subscription';
export * from './subscriptions/subscription.errors';
export {
  webhookOutboxProjection,
  WEBHOOK_OUTBOX_PROJECTION_NAME,
} from './outbox/webhook-outbox.projection';
export {
  DELIVERY_OUTCOMES,
  DispatcherAlreadyRunning,
  type DeliveryOutcome,
  type DispatcherOptions,
  WebhookDispatcher,
} from './delivery/webhook-dispatcher';
export { MAX_TARGET_URL_LENGTH } from './target-url/target-url';
export { webhooksMigrations } from './migrations';
