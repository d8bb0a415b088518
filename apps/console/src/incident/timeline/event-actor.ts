import { type StoredEvent } from '../../api/incident-types';
import { actorName, record } from './event-fields';

// The data field naming the person an event is about, where it has one; the
// metadata's actor is who sent the command (the same person for commands, System for timers).
const ACTOR_FIELDS: Record<string, string> = {
  IncidentOpened: 'openedBy',
  IncidentAcknowledged: 'acknowledgedBy',
  RemedyProposed: 'proposedBy',
  RemedyApproved: 'approvedBy',
  ApprovalRequested: 'requestedBy',
  ApprovalGranted: 'approver',
  ApprovalDenied: 'approver',
  PromiseMade: 'madeBy',
  PromiseConfirmed: 'confirmedBy',
  PromiseKept: 'keptBy',
  IncidentResolved: 'resolvedBy',
  FeedbackReceived: 'recordedBy',
  IncidentReopened: 'reopenedBy',
  NoteAdded: 'author',
  CustomerContacted: 'contactedBy',
  IncidentReassigned: 'reassignedBy',
  SlaClockPaused: 'pausedBy',
  SlaClockResumed: 'resumedBy',
};

/** Who did it: "Fiona (frontline)", or "System" for clocks and intake. */
export function eventActor(event: StoredEvent): string {
  const field = ACTOR_FIELDS[event.type];
  const own = field ? record(event.data, field) : {};
  return actorName(Object.keys(own).length > 0 ? own : record(event.metadata, 'actor'));
}
