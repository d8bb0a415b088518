import { type StoredEvent } from '../../api/incident-types';

// PagerDuty's overview subset: what someone (or a rule) decided, without the
// conversation and the clock ticks around it.
const DECISIONS = new Set([
  'RemedyProposed',
  'RemedyApproved',
  'ApprovalRequested',
  'ApprovalGranted',
  'ApprovalDenied',
  'ApprovalExpired',
  'IncidentEscalated',
  'IncidentResolved',
  'IncidentReopened',
  'IncidentReassigned',
  'IncidentClosed',
]);

/** True for approvals and denials, remedies, escalations, resolutions, reopenings, reassignments and closing. */
export function isDecision(event: StoredEvent): boolean {
  return DECISIONS.has(event.type);
}
