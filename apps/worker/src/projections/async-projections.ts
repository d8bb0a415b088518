import { auditProjection } from '@recovery/audit';
import { type Projection } from '@recovery/event-store';

/**
 * The asynchronous projections (fed by the projection runner, not the append):
 * the worker keeps them up to date and `npm run projections:rebuild` rebuilds them.
 */
export const ASYNC_PROJECTIONS: readonly Projection[] = [auditProjection];
