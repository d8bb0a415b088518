import { type Actor } from '../events/event-metadata';
import { type IsoTimestamp } from '../ids/ids';
import { type Authority } from '../policy/policy-document';
import { roleCovers } from '../policy/remedy-authority.util';
import {
  ActingForRequesterForbidden,
  DelegatedRoleInsufficient,
  DelegationNotHeld,
  DelegationNotInEffect,
  DelegationSiteNotCovered,
} from './delegation-rejections.error';
import { type Delegation, inWindow } from './delegation-state';
import { sitesCover } from '../sites/site-scope.util';

/**
 * What an approval decision made under a delegation carries: the API looks it up and
 * passes it with the command; the workflow checks it on workflow time.
 */
export type DelegatedAuthority = Pick<
  Delegation,
  'delegationId' | 'delegator' | 'delegateId' | 'role' | 'sites' | 'from' | 'until'
>;

/** The parts of a pending approval that decide who may decide it. */
export interface ApprovalToDecide {
  approvalId: string;
  site: string;
  requiredAuthority: Authority;
  requestedBy: Pick<Actor, 'id'>;
}

/**
 * The delegation a decider needs for an approval: none when their own role and sites
 * suffice (then nothing is recorded as acting for anyone). Otherwise a delegation lent
 * to them at the approval's site that would allow the decision now; failing that, any
 * lent to them at that site, so the workflow's refusal says why it does not (too
 * early, too little authority, the delegator's own request).
 */
export function delegationFor(
  approval: ApprovalToDecide,
  decider: { actor: Actor; sites: readonly string[] },
  held: readonly DelegatedAuthority[],
  now: IsoTimestamp | string,
): DelegatedAuthority | undefined {
  const { actor } = decider;
  if (
    sitesCover(decider.sites, approval.site) &&
    roleCovers(actor.role, approval.requiredAuthority)
  )
    return undefined;
  const atSite = held.filter(
    (delegation) =>
      delegation.delegateId === actor.id && sitesCover(delegation.sites, approval.site),
  );
  const usable = atSite.find(
    (delegation) =>
      inWindow(delegation, now) &&
      roleCovers(delegation.role, approval.requiredAuthority) &&
      delegation.delegator.id !== approval.requestedBy.id,
  );
  return usable ?? atSite[0];
}

/**
 * Why a decision under `delegation` is refused, or undefined when it may go ahead:
 * it must be lent to `actor`, be in effect at `now` (workflow time), cover the site,
 * not be lent by the requester (acting for X, nobody decides X's own request) and
 * lend enough authority.
 */
export function delegatedAuthorityRefusal(
  delegation: DelegatedAuthority,
  approval: ApprovalToDecide,
  actor: Actor,
  now: IsoTimestamp | string,
):
  | DelegationNotHeld
  | DelegationNotInEffect
  | DelegationSiteNotCovered
  | ActingForRequesterForbidden
  | DelegatedRoleInsufficient
  | undefined {
  const { delegationId, delegator } = delegation;
  if (delegation.delegateId !== actor.id) return new DelegationNotHeld(delegationId, actor.id);
  if (!inWindow(delegation, now))
    return new DelegationNotInEffect(delegationId, delegation.from, delegation.until, now);
  if (!sitesCover(delegation.sites, approval.site))
    return new DelegationSiteNotCovered(delegationId, approval.site);
  if (approval.requestedBy.id === delegator.id)
    return new ActingForRequesterForbidden(approval.approvalId, actor.id, delegator.id);
  if (!roleCovers(delegation.role, approval.requiredAuthority)) {
    return new DelegatedRoleInsufficient(
      approval.approvalId,
      delegationId,
      delegation.role,
      approval.requiredAuthority,
    );
  }
  return undefined;
}
