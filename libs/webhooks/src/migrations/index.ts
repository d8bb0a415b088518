import { CreateWebhookTables1765400000001 } from './create-webhook-tables.migration';

/** The webhooks lib's migrations, in order; @recovery/database collects them. */
export const webhooksMigrations = [CreateWebhookTables1765400000001];
