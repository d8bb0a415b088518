import { type Actor } from '../events/event-metadata';
import { type IsoTimestamp } from '../ids/ids';
import { type DelegationCreated, type DelegationEvent } from './delegation-events';

/** `active` until revoked or expired; whether it is in effect also depends on the time (inEffect). */
export const DELEGATION_STATUSES = ['active', 'revoked', 'expired'] as const;
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number];

/** A delegation as its stream folds: what was lent, and how it stands. */
export interface Delegation extends Readonly<DelegationCreated['data']> {
  status: DelegationStatus;
  revokedBy?: Actor;
  revokedAt?: IsoTimestamp;
  expiredAt?: IsoTimestamp;
  /** Events folded (the stream version). */
  version: number;
}

/**
 * Folds one event (Emmett's evolve). A stream starts with DelegationCreated; an
 * event before it, or a second ending, is a corrupt stream and throws.
 */
export function evolveDelegation(
  state: Delegation | undefined,
  event: DelegationEvent,
): Delegation {
  if (event.type === 'DelegationCreated') {
    if (state !== undefined) throw new Error(`delegation ${state.delegationId} created twice`);
    return { ...event.data, status: 'active', version: 1 };
  }
  if (state?.status !== 'active')
    throw new Error(
      `${event.type} on a delegation that is not active (${event.data.delegationId})`,
    );
  switch (event.type) {
    case 'DelegationRevoked':
      return {
        ...state,
        status: 'revoked',
        revokedBy: event.data.revokedBy,
        revokedAt: event.data.revokedAt,
        version: state.version + 1,
      };
    case 'DelegationExpired':
      return {
        ...state,
        status: 'expired',
        expiredAt: event.data.expiredAt,
        version: state.version + 1,
      };
    default: {
      const unhandled: never = event;
      throw new Error(`no evolve for ${(unhandled as DelegationEvent).type}`);
    }
  }
}

/** A delegation stream folded; undefined when it holds no events. */
export function foldDelegation(events: readonly DelegationEvent[]): Delegation | undefined {
  return events.reduce<Delegation | undefined>(evolveDelegation, undefined);
}

/** True when `at` falls within the delegation's window [from, until). */
export function inWindow(
  delegation: Pick<Delegation, 'from' | 'until'>,
  at: IsoTimestamp | string,
): boolean {
  const now = Date.parse(at);
  return Date.parse(delegation.from) <= now && now < Date.parse(delegation.until);
}

/** True while the delegation counts: active and `at` within its window. */
export function inEffect(
  delegation: Pick<Delegation, 'status' | 'from' | 'until'>,
  at: IsoTimestamp | string,
): boolean {
  return delegation.status === 'active' && inWindow(delegation, at);
}
