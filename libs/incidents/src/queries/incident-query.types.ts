import {
  type ApprovalDecisionRefusalCode,
  type ApprovalStatus,
  type IncidentStatus,
  type Severity,
} from '@recovery/domain';
import { type DelegatedAuthority } from '@recovery/domain/delegation/delegated-authority.util';
import { type IncidentClock } from './incident-clocks.util';
import { type ApprovalDetail, type FulfillerDetail } from './incident-detail.types';
import { type ListSort } from './list-cursor.util';

export { CLOCK_KINDS, type ClockKind, type IncidentClock } from './incident-clocks.util';
export { LIST_SORTS, type ListSort } from './list-cursor.util';

/** `?assignee=me`: the caller. */
export const ASSIGNEE_ME = 'me';
/** `?assignee=none`: nobody owns the incident yet. */
export const ASSIGNEE_NONE = 'none';

/** Filters of the incident list; every one optional. */
export interface IncidentListFilter {
  status?: IncidentStatus;
  site?: string;
  category?: string;
  severity?: Severity;
  openedFrom?: string;
  openedTo?: string;
  /**
   * A person's actor id, or `me` for the caller: the incidents that person owns;
   * `none`: the incidents nobody owns.
   */
  assignee?: string;
  /** An incident id (exact) or the start of a customer reference (any case). */
  q?: string;
  /** Incidents escalated to at least this level. */
  minEscalationLevel?: number;
  /** `newest` when absent. */
  sort?: ListSort;
  cursor?: string;
  limit?: number;
}

/** One row of the incident list. */
export interface IncidentSummary {
  id: string;
  status: IncidentStatus;
  kind: string;
  channel: string;
  site: string;
  category: string;
  severity: Severity;
  customerRef: string;
  summary: string;
  policy: { key: string; version: number };
  deadlines: { acknowledgeBy: string; resolveBy: string };
  escalationLevel: number;
  openedAt: string;
  /** Who owns the incident (as the detail shows it); null while nobody does. */
  assignee: FulfillerDetail | null;
  /** Every running clock, earliest first. */
  clocks: IncidentClock[];
  /** The earliest dueAt of `clocks`; null when no clock runs. */
  nextDeadline: string | null;
}

export interface IncidentPage {
  items: IncidentSummary[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * One approval of the supervisors' inbox: the approval as the incident detail lists it
 * (amount in major units), with its incident and site, without the decision.
 */
export interface InboxApproval extends Omit<ApprovalDetail, 'decidedBy' | 'reason' | 'decidedAt'> {
  incidentId: string;
  site: string;
}

/** The refusal of a caller whose role (and delegations in effect) may not decide approvals at all. */
export const ROLE_MAY_NOT_DECIDE = 'forbidden';

/** Why the reader cannot decide a request: the code its decision would be refused with. */
export type CannotDecideBecause = ApprovalDecisionRefusalCode | typeof ROLE_MAY_NOT_DECIDE;

/** An inbox approval as its reader sees it: null `cannotDecideBecause` when they may decide it. */
export interface InboxItem extends InboxApproval {
  cannotDecideBecause: CannotDecideBecause | null;
}

/** What to read of the inbox, and what the reader may do. */
export interface InboxOptions {
  status?: ApprovalStatus;
  /** The delegations lent to the reader (issue 12). */
  held?: readonly DelegatedAuthority[];
  /** The reader's role, or a delegation in effect, lets them use approval:decide. */
  mayDecide: boolean;
  limit?: number;
}

/** Figures for /metrics. */
export interface IncidentStatistics {
  opened: number;
  acknowledgementOverdue: number;
  resolutionOverdue: number;
}
