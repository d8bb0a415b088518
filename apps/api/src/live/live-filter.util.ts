import { type Caller, canAccessSite } from '@recovery/incidents';
import { isUserRole, roleAllows } from '../auth/access-matrix';
import { type LiveChange } from './live-change';

/** What one subscriber may be told: the caller's sites, and whether approvals at all. */
export interface LiveViewer {
  /** The token's subject: streams are counted per person. */
  subject: string;
  sites: readonly string[];
  seesApprovals: boolean;
}

/** The viewer a caller of `GET /v1/stream` is; approvals only with `approval:read`. */
export function viewerOf(caller: Pick<Caller, 'actor' | 'sites'>): LiveViewer {
  const role = caller.actor.role;
  return {
    subject: caller.actor.id,
    sites: caller.sites,
    seesApprovals: isUserRole(role) && roleAllows(role, 'approval:read'),
  };
}

/**
 * True when `change` may be sent to `viewer`: the same rules as the reads it
 * points to (GET /v1/incidents and GET /v1/approvals), so the stream never names
 * an incident or approval the caller could not fetch.
 */
export function isVisibleTo(viewer: LiveViewer, change: LiveChange): boolean {
  switch (change.kind) {
    case 'incident':
      return canAccessSite(viewer, change.site);
    case 'approval':
      return viewer.seesApprovals && canAccessSite(viewer, change.site);
    default: {
      const unknown: never = change;
      return unknown;
    }
  }
}
