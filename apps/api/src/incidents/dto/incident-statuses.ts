import { type IncidentStatus } from '@recovery/domain';

/** Every status an incident can be listed with (IncidentStatus minus the pre-opening `new`). */
export const INCIDENT_STATUSES = [
  'open',
  'acknowledged',
  'waiting_on_customer',
  'resolved',
  'closed',
  'reopened',
] as const satisfies readonly IncidentStatus[];
