import { type ActorRole } from '../events/event-metadata';
import { type MinorUnits, toMinorUnits } from '../money/money';
import { AUTHORITIES, type Authority, type RemedyRule } from './policy-document';

/** A remedy rule's limits converted to minor units of its currency. */
export interface RemedyLimits {
  frontlineLimit: MinorUnits;
  supervisorLimit: MinorUnits;
}

/** Limits of a (validated) rule in minor units. */
export function remedyLimits(rule: RemedyRule): RemedyLimits {
  const frontline = toMinorUnits(rule.frontlineLimit, rule.currency);
  const supervisor = toMinorUnits(rule.supervisorLimit, rule.currency);
  if (frontline === undefined || supervisor === undefined) {
    throw new RangeError(
      `remedy rule ${rule.type} has limits that are not valid ${rule.currency} amounts`,
    );
  }
  return { frontlineLimit: frontline, supervisorLimit: supervisor };
}

/**
 * DOMAIN.md §5: the lowest authority allowed to grant `amount` under a rule's limits,
 * both in minor units. The one remedy-authority ladder: decisions pass the rule they
 * apply (AppliedRemedyRule), the audit and the benchmark seeds the limits an event recorded.
 */
export function requiredAuthority(amount: MinorUnits, limits: RemedyLimits): Authority {
  if (amount <= limits.frontlineLimit) return 'frontline';
  if (amount <= limits.supervisorLimit) return 'supervisor';
  return 'manager';
}

const ROLE_AUTHORITY: Readonly<Record<ActorRole, number>> = {
  frontline: 0,
  supervisor: 1,
  manager: 2,
  admin: 2,
  // Executives audit; they never grant remedies (DOMAIN.md "Who uses it").
  executive: -1,
  system: -1,
};

/** True when someone in `role` may grant a remedy needing `authority`. */
export function roleCovers(role: ActorRole, authority: Authority): boolean {
  return ROLE_AUTHORITY[role] >= AUTHORITIES.indexOf(authority);
}
