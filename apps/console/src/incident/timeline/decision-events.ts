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
  // Someone chose to wait on the customer, and a rule moved the deadlines for it; the
  // resume itself only restarts a clock (its effect is the reschedule).
  'SlaClockPaused',
  'DeadlinesRescheduled',
]);

/**
 * True for approvals and denials, remedies, escalations, resolutions, reopenings,
 * reassignments, closing, pauses of the resolve clock and moved deadlines.
 */
export function isDecision(event: StoredEvent): boolean {
  return DECISIONS.has(event.type);
}
