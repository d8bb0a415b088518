import { type IsoTimestamp } from '@recovery/domain';
import { type Delegation, inEffect } from '@recovery/domain/delegation/delegation-state';

/** A delegation as the API shows it: the fold without its stream version, and whether it counts now. */
export type DelegationView = Omit<Delegation, 'version'> & { inEffect: boolean };

/** The response shape of one delegation at `now`. */
export function toDelegationView(delegation: Delegation, now: IsoTimestamp): DelegationView {
  const { version: _version, ...shown } = delegation;
  return { ...shown, inEffect: inEffect(delegation, now) };
}
