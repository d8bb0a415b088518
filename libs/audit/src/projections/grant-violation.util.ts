import { roleCovers, type ActorRole, type Authority } from '@recovery/domain';

/** Why a grant departed from the policy (issue 6: "any grant outside what the policy allowed"). */
export type GrantViolation = 'grant_outside_authority' | 'currency_mismatch';

export interface GrantFacts {
  amount: number;
  currency: string;
  /** The rule that applied, in minor units of `ruleCurrency`. */
  frontlineLimit: number;
  supervisorLimit: number;
  ruleCurrency: string;
  grantedByRole: ActorRole;
}

/**
 * The authority an amount needs under the limits recorded with the grant. Recomputed
 * here rather than read from the event, so a wrong `requiredAuthority` cannot hide a
 * violation.
 */
export function authorityForAmount(
  amount: number,
  frontlineLimit: number,
  supervisorLimit: number,
): Authority {
  if (amount <= frontlineLimit) return 'frontline';
  if (amount <= supervisorLimit) return 'supervisor';
  return 'manager';
}

/** The violation a grant represents, or null when the policy allowed it. */
export function grantViolation(grant: GrantFacts): GrantViolation | null {
  if (grant.currency !== grant.ruleCurrency) return 'currency_mismatch';
  const needed = authorityForAmount(grant.amount, grant.frontlineLimit, grant.supervisorLimit);
  return roleCovers(grant.grantedByRole, needed) ? null : 'grant_outside_authority';
}
