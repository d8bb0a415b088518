/**
 * Named id types. They are plain UUID strings at runtime; the brand stops an
 * approval id being passed where a promise id is expected.
 */
type Brand<T, B extends string> = T & { readonly __brand: B };

export type IncidentId = Brand<string, 'IncidentId'>;
export type RemedyId = Brand<string, 'RemedyId'>;
export type ApprovalId = Brand<string, 'ApprovalId'>;
export type PromiseId = Brand<string, 'PromiseId'>;
export type NoteId = Brand<string, 'NoteId'>;
export type FollowUpId = Brand<string, 'FollowUpId'>;
export type EventId = Brand<string, 'EventId'>;

/** ISO-8601 timestamp in UTC, e.g. "2025-01-31T12:00:00.000Z". */
export type IsoTimestamp = Brand<string, 'IsoTimestamp'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when the string is a UUID (any version). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Brands a UUID string as an incident id (the caller has validated it). */
export const asIncidentId = (value: string): IncidentId => value as IncidentId;
export const asRemedyId = (value: string): RemedyId => value as RemedyId;
export const asApprovalId = (value: string): ApprovalId => value as ApprovalId;
export const asPromiseId = (value: string): PromiseId => value as PromiseId;
export const asNoteId = (value: string): NoteId => value as NoteId;
export const asFollowUpId = (value: string): FollowUpId => value as FollowUpId;
export const asEventId = (value: string): EventId => value as EventId;

/** Formats a Date (or epoch ms) as an IsoTimestamp. */
export function toIsoTimestamp(at: Date | number): IsoTimestamp {
  return new Date(at).toISOString() as IsoTimestamp;
}

/** The event stream of one incident: every event of the incident lands here. */
export function incidentStreamId(incidentId: string): string {
  return `incident-${incidentId}`;
}

/** Inverse of incidentStreamId; undefined when the stream is not an incident's. */
export function incidentIdFromStreamId(streamId: string): IncidentId | undefined {
  return streamId.startsWith('incident-')
    ? asIncidentId(streamId.slice('incident-'.length))
    : undefined;
}
