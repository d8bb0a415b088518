import { type IncidentStatus } from '../api/incident-types';

// A Record over the union, so a new status fails to compile until it has a label.
const LABELS: Record<IncidentStatus, string> = {
  new: 'New',
  open: 'Open',
  acknowledged: 'Acknowledged',
  waiting_on_customer: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
  reopened: 'Reopened',
};

/** A status as people read it: "Waiting on customer" for `waiting_on_customer`. */
export function statusLabel(status: IncidentStatus): string {
  return LABELS[status];
}
