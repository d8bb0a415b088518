import { auditProjection } from '@recovery/audit';
import { type Projection } from '@recovery/event-store';
import { webhookOutboxProjection } from '@recovery/webhooks';

/**
 * The asynchronous projections (fed by the projection runner, not the append): the
 * worker keeps them up to date and `npm run projections:rebuild` rebuilds those that
 * can be (the webhook outbox cannot: it would send every event again).
 */
export const ASYNC_PROJECTIONS: readonly Projection[] = [auditProjection, webhookOutboxProjection];
