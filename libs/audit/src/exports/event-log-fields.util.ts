import {
  incidentIdFromStreamId,
  isIncidentEventType,
  type IncidentEventType,
} from '@recovery/domain';
import { type StoredEvent } from '@recovery/event-store';

/** The columns every export shares: the case (incident), the activity and who did it under which policy. */
export interface EventLogFields {
  eventId: string;
  caseId: string;
  activity: IncidentEventType;
  timestamp: string;
  resource: string | null;
  role: string | null;
  policyKey: string | null;
  policyVersion: number | null;
}

/** The export fields of an incident event; null for events outside incident streams or the vocabulary. */
export function eventLogFields(event: StoredEvent): EventLogFields | null {
  const caseId = incidentIdFromStreamId(event.streamId);
  if (caseId === undefined || !isIncidentEventType(event.type)) return null;
  const metadata = event.metadata ?? {};
  const actor = metadata.actor;
  return {
    eventId: event.eventId,
    caseId,
    activity: event.type,
    timestamp: event.occurredAt.toISOString(),
    resource: typeof actor?.id === 'string' ? actor.id : null,
    role: typeof actor?.role === 'string' ? actor.role : null,
    policyKey: typeof metadata.policyKey === 'string' ? metadata.policyKey : null,
    policyVersion: Number.isInteger(metadata.policyVersion) ? metadata.policyVersion! : null,
  };
}
