/** Roles of the people (and systems) who act on incidents. */
export const ACTOR_ROLES = [
  'frontline',
  'supervisor',
  'manager',
  'executive',
  'admin',
  'system',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Who caused an event, stored beside every event so the audit trail is attributable. */
export interface Actor {
  id: string;
  role: ActorRole;
  name?: string;
}

/**
 * Metadata carried by every stored event (issue 3): attribution, tracing and the
 * policy version the incident runs under, so "policy versus practice" can be
 * measured per version.
 */
export interface EventMetadata {
  actor: Actor;
  correlationId: string;
  causationId?: string;
  /** The command (the workflow update's id) that decided the event; absent for timers. */
  commandId?: string;
  workflowId?: string;
  runId?: string;
  policyKey?: string;
  policyVersion?: number;
}
