/**
 * Dated approval delegation (issue 12): someone lends the authority of their role at
 * some of their sites to someone else for a window [from, until). Each delegation
 * is a stream of its own (`delegation-<id>`): created, then revoked or expired. Names
 * are public contract, like the incident events'.
 */
import { type Actor } from '../events/event-metadata';
import { type DomainEvent } from '../events/incident-events';
import { type IsoTimestamp } from '../ids/ids';

/** A delegation's id (a UUID); the brand keeps it apart from approval and incident ids. */
export type DelegationId = string & { readonly __brand: 'DelegationId' };

/** Brands a UUID string as a delegation id (the caller has validated it). */
export const asDelegationId = (value: string): DelegationId => value as DelegationId;

/**
 * The roles whose authority can be lent: the ones that decide approvals. Frontline
 * authority needs no approval (a remedy within it is granted at once), so lending it
 * would mean nothing.
 */
export const DELEGABLE_ROLES = ['supervisor', 'manager'] as const;
export type DelegableRole = (typeof DELEGABLE_ROLES)[number];

/** Recorded on ApprovalGranted / ApprovalDenied decided under a delegation: for whom the approver acted. */
export interface ActingFor {
  delegationId: DelegationId;
  delegatorId: string;
}

/** Authority lent: `role` at `sites` (`*` = every site) for [from, until), to `delegateId`. */
export type DelegationCreated = DomainEvent<
  'DelegationCreated',
  {
    delegationId: DelegationId;
    /** Who lends the authority, with the role their token held when they did. */
    delegator: Actor;
    delegateId: string;
    role: DelegableRole;
    sites: string[];
    from: IsoTimestamp;
    until: IsoTimestamp;
    reason: string;
    createdAt: IsoTimestamp;
  }
>;

/** The delegation was withdrawn before it ended; it stops counting at once. */
export type DelegationRevoked = DomainEvent<
  'DelegationRevoked',
  {
    delegationId: DelegationId;
    revokedBy: Actor;
    revokedAt: IsoTimestamp;
  }
>;

/** The window ended (the expiry timer fired at `until`) without a revocation. */
export type DelegationExpired = DomainEvent<
  'DelegationExpired',
  {
    delegationId: DelegationId;
    until: IsoTimestamp;
    expiredAt: IsoTimestamp;
  }
>;

/** Every event a delegation stream can hold. */
export type DelegationEvent = DelegationCreated | DelegationRevoked | DelegationExpired;
export type DelegationEventType = DelegationEvent['type'];

/** Schema version of each delegation event's data (bump with an upcaster, as for incidents). */
export const DELEGATION_EVENT_SCHEMA_VERSIONS: Readonly<Record<DelegationEventType, number>> = {
  DelegationCreated: 1,
  DelegationRevoked: 1,
  DelegationExpired: 1,
};

/** Type guard for a delegation event type name. */
export function isDelegationEventType(type: string): type is DelegationEventType {
  return Object.prototype.hasOwnProperty.call(DELEGATION_EVENT_SCHEMA_VERSIONS, type);
}

/** The event stream of one delegation. */
export function delegationStreamId(delegationId: string): string {
  return `delegation-${delegationId}`;
}

/** Inverse of delegationStreamId; undefined when the stream is not a delegation's. */
export function delegationIdFromStreamId(streamId: string): DelegationId | undefined {
  return streamId.startsWith('delegation-')
    ? asDelegationId(streamId.slice('delegation-'.length))
    : undefined;
}
