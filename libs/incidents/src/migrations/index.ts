import { AddIncidentAssignee1764600000001 } from './add-incident-assignee.migration';
import { AddIncidentClocks1765000000001 } from './add-incident-clocks.migration';
import { AddIncidentCustomerKey1766100000002 } from './add-incident-customer-key.migration';
import { CreateApprovalInbox1763872000002 } from './create-approval-inbox.migration';
import { CreateIdempotencyKeys1763873000001 } from './create-idempotency-keys.migration';
import { CreateIncidentState1763872000001 } from './create-incident-state.migration';
import { NotifyLiveChanges1764700000001 } from './notify-live-changes.migration';

/** The incident read models' migrations, in order; @recovery/database collects them. */
export const incidentsMigrations = [
  CreateIncidentState1763872000001,
  CreateApprovalInbox1763872000002,
  AddIncidentAssignee1764600000001,
  NotifyLiveChanges1764700000001,
  AddIncidentClocks1765000000001,
  AddIncidentCustomerKey1766100000002,
];

/**
 * The API's request tables (Idempotency-Key replays, CloudEvents intake dedupe).
 * They live here because libs cannot import from apps; apps/api owns their use.
 */
export const apiRequestMigrations = [CreateIdempotencyKeys1763873000001];

/** The NOTIFY channel the live-change triggers write to (GET /v1/stream listens). */
export { LIVE_CHANGES_CHANNEL } from './notify-live-changes.migration';
