import { type OpenIncidentCommand } from '@recovery/domain';

/** What opening needs: the incident's fields, an optional policy key, and optionally a fixed id. */
export interface OpenIncidentRequest extends Omit<OpenIncidentCommand, 'incidentId'> {
  /** Given by intake (derived from the CloudEvent) so a redelivery opens nothing new. */
  incidentId?: string;
  policyKey?: string;
}

/** The answer to opening: the incident's id, status, pinned policy and deadlines. */
export interface OpenedIncident {
  id: string;
  status: string;
  policy: { key: string; version: number };
  deadlines: { acknowledgeBy: string; resolveBy: string };
}
