import { type Delegation } from '@recovery/domain/delegation/delegation-state';
import { type Caller, canAccessSite } from '@recovery/incidents';
import { allows, isUserRole } from '../auth/access-matrix';
import { type LiveChange } from './live-change';

/** What one subscriber may be told: incidents of the caller's sites, approvals of `approvalSites`. */
export interface LiveViewer {
  /** The token's subject: streams are counted per person. */
  subject: string;
  sites: readonly string[];
  /** Empty without approval:read; else the caller's sites and those of the delegations they hold. */
  approvalSites: readonly string[];
}

/**
 * The viewer a caller of `GET /v1/stream` is, given the delegations lent to them that are
 * in effect at connect time (issue 12). A snapshot: a delegation that starts or ends while
 * the stream is open changes what it sends only from the next connect. That is enough
 * for a hint to refetch: the inbox and the decision check the delegation on every request.
 */
export function viewerOf(
  caller: Pick<Caller, 'actor' | 'sites'>,
  lent: readonly Pick<Delegation, 'sites'>[],
): LiveViewer {
  const role = caller.actor.role;
  const readsApprovals = isUserRole(role) && allows(role, 'approval:read', lent.length > 0);
  return {
    subject: caller.actor.id,
    sites: caller.sites,
    approvalSites: readsApprovals
      ? [...new Set([...caller.sites, ...lent.flatMap((delegation) => delegation.sites)])]
      : [],
  };
}

/**
 * True when `change` may be sent to `viewer`: the same rules as the reads it
 * points to (GET /v1/incidents and GET /v1/approvals, whose inbox also shows what a
 * delegation lets its holder decide), so the stream never names an incident or
 * approval of a site the caller could not fetch.
 */
export function isVisibleTo(viewer: LiveViewer, change: LiveChange): boolean {
  switch (change.kind) {
    case 'incident':
      return canAccessSite(viewer, change.site);
    case 'approval':
      return canAccessSite({ sites: viewer.approvalSites }, change.site);
    default: {
      const unknown: never = change;
      return unknown;
    }
  }
}
