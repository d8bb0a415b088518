import {
  type ApprovalStatus,
  type Authority,
  type IncidentStatus,
  type Severity,
} from '@recovery/domain';
import { type ActorDetail } from './incident-detail.types';

/** Filters of the incident list; every one optional. */
export interface IncidentListFilter {
  status?: IncidentStatus;
  site?: string;
  category?: string;
  severity?: Severity;
  openedFrom?: string;
  openedTo?: string;
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

/** One approval as the supervisors' inbox shows it. */
export interface InboxItem {
  approvalId: string;
  incidentId: string;
  site: string;
  remedyId: string;
  remedyType: string;
  amount: number;
  currency: string;
  /** Major units of `currency` (45.5 = 45.50 EUR), like the policy's limits. */
  requiredAuthority: Authority;
  requestedBy: ActorDetail;
  requestedAt: string;
  deadline: string;
  expiresAt: string;
  status: ApprovalStatus;
}

/** Figures for /metrics. */
export interface IncidentStatistics {
  opened: number;
  acknowledgementOverdue: number;
  resolutionOverdue: number;
}
