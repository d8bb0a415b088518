import {
  type Actor,
  type IsoTimestamp,
  isUuid,
  nameBasedUuid,
  type EventMetadata,
} from '@recovery/domain';
import { expireDelegation } from '@recovery/domain/delegation/decide-delegation';
import {
  type DelegationEvent,
  delegationStreamId,
} from '@recovery/domain/delegation/delegation-events';
import { type Delegation, foldDelegation } from '@recovery/domain/delegation/delegation-state';
import { EventStore, type StoredEvent } from '@recovery/event-store';

/** The expiry timer acts for nobody in particular: it records that a window ended. */
export const DELEGATION_EXPIRY_ACTOR: Actor = {
  id: 'delegation-expiry',
  role: 'system',
  name: 'Delegation expiry timer',
};

/** Who causes an append and the request it belongs to (copied into event metadata). */
export type DelegationOrigin = Pick<EventMetadata, 'actor' | 'correlationId'>;

/** A stored delegation event as the domain folds it (the data shape is the domain's contract). */
export function asDelegationEvent(event: StoredEvent): DelegationEvent {
  return { type: event.type, data: event.data } as DelegationEvent;
}

/**
 * The delegation streams (`delegation-<id>`) in the event store: read and folded,
 * appended one event at a time after the version the decision was made on.
 */
export class DelegationStreams {
  constructor(private readonly store: EventStore) {}

  /** The delegation as its stream folds; undefined when there is no such stream. */
  async load(delegationId: string): Promise<Delegation | undefined> {
    if (!isUuid(delegationId)) return undefined;
    const stored = await this.store.readStream(delegationStreamId(delegationId));
    return foldDelegation(stored.map(asDelegationEvent));
  }

  /**
   * Appends `event` after `version` (0 for the creation). Its id is named by the
   * stream version it takes, so a retry of the same append writes nothing, and a
   * racing decision on the same version (a revocation against the expiry) loses
   * with StreamVersionConflict instead of slipping in beside it.
   */
  async append(event: DelegationEvent, version: number, origin: DelegationOrigin): Promise<void> {
    const streamId = delegationStreamId(event.data.delegationId);
    await this.store.append(
      streamId,
      [
        {
          eventId: nameBasedUuid('delegation-event', event.data.delegationId, String(version + 1)),
          type: event.type,
          data: event.data,
          metadata: { actor: origin.actor, correlationId: origin.correlationId },
          occurredAt: new Date(occurredAt(event)),
        },
      ],
      { expectedVersion: version },
    );
  }

  /**
   * The expiry timer's step: records DelegationExpired unless the delegation has
   * ended already (revoked, or expired by an earlier attempt). True when it did.
   */
  async expire(delegationId: string, expiredAt: IsoTimestamp): Promise<boolean> {
    const delegation = await this.load(delegationId);
    const [expired] = expireDelegation(delegation, expiredAt);
    if (delegation === undefined || expired === undefined) return false;
    await this.append(expired, delegation.version, {
      actor: DELEGATION_EXPIRY_ACTOR,
      correlationId: `delegation-expiry-${delegationId}`,
    });
    return true;
  }
}

function occurredAt(event: DelegationEvent): IsoTimestamp {
  switch (event.type) {
    case 'DelegationCreated':
      return event.data.createdAt;
    case 'DelegationRevoked':
      return event.data.revokedAt;
    case 'DelegationExpired':
      return event.data.expiredAt;
    default: {
      const unhandled: never = event;
      throw new Error(`no time for ${(unhandled as DelegationEvent).type}`);
    }
  }
}
