import { requiredAuthority, roleCovers, type ActorRole, type MinorUnits } from '@recovery/domain';

/** Why a grant departed from the policy (issue 6: "any grant outside what the policy allowed"). */
export type GrantViolation = 'grant_outside_authority' | 'currency_mismatch';

export interface GrantFacts {
  amount: MinorUnits;
  currency: string;
  /** The rule that applied, in minor units of `ruleCurrency`, as the grant recorded it. */
  frontlineLimit: MinorUnits;
  supervisorLimit: MinorUnits;
  ruleCurrency: string;
  grantedByRole: ActorRole;
}

/**
 * The violation a grant represents, or null when the policy allowed it. The authority
 * the amount needs is recomputed from the limits recorded with the grant, by the
 * domain's one ladder, rather than read from the event: a wrong `requiredAuthority`
 * cannot hide a violation.
 */
export function grantViolation(grant: GrantFacts): GrantViolation | null {
  if (grant.currency !== grant.ruleCurrency) return 'currency_mismatch';
  const needed = requiredAuthority(grant.amount, grant);
  return roleCovers(grant.grantedByRole, needed) ? null : 'grant_outside_authority';
}
