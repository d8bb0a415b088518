import { type IncidentStatus, type Severity } from '@recovery/domain';
import { type ApprovalDetail } from './incident-detail.types';

/** Filters of the incident list; every one optional. */
export interface IncidentListFilter {
  status?: IncidentStatus;
  site?: string;
  category?: string;
  severity?: Severity;
  openedFrom?: string;
  openedTo?: string;
  /** A person's actor id, or `me` for the caller: the incidents that person owns. */
  assignee?: string;
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
}

export interface IncidentPage {
  items: IncidentSummary[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * One approval as the supervisors' inbox shows it: the approval as the incident detail
 * lists it (amount in major units), with its incident and site, without the decision.
 */
export interface InboxItem extends Omit<ApprovalDetail, 'decidedBy' | 'reason' | 'decidedAt'> {
  incidentId: string;
  site: string;
}

/** Figures for /metrics. */
export interface IncidentStatistics {
  opened: number;
  acknowledgementOverdue: number;
  resolutionOverdue: number;
}
