import {
  type ApprovalStatus,
  type Authority,
  type IncidentStatus,
  type MinorUnits,
  type Severity,
  toMajorUnits,
} from '@recovery/domain';
import { type IncidentClock } from './incident-clocks.util';
import { type IncidentSummary, type InboxApproval } from './incident-query.types';

/** A list row as pg returns it (timestamptz → Date). */
export interface SummaryRow {
  incident_id: string;
  status: IncidentStatus;
  kind: string;
  channel: string;
  site: string;
  category: string;
  severity: Severity;
  customer_ref: string;
  summary: string;
  policy_key: string;
  policy_version: number;
  acknowledge_by: Date;
  resolve_by: Date;
  escalation_level: number;
  opened_at: Date;
  assignee_kind: 'person' | 'team' | null;
  assignee_id: string | null;
  /** What the nearest-breach order and its cursor read (the projection's nextDeadline). */
  next_deadline: Date | null;
  /** The running clocks, as the projection stored them (incidentClocks). */
  clocks: IncidentClock[];
}

/** An approval_inbox row as pg returns it (bigint → string; the amount in minor units, as the events). */
export interface InboxRow {
  approval_id: string;
  incident_id: string;
  site: string;
  remedy_id: string;
  remedy_type: string;
  amount: string;
  currency: string;
  required_authority: Authority;
  requested_by: InboxApproval['requestedBy'];
  requested_at: Date;
  deadline: Date;
  expires_at: Date;
  status: ApprovalStatus;
}

/** The list item of a row. */
export function toSummary(row: SummaryRow): IncidentSummary {
  return {
    id: row.incident_id,
    status: row.status,
    kind: row.kind,
    channel: row.channel,
    site: row.site,
    category: row.category,
    severity: row.severity,
    customerRef: row.customer_ref,
    summary: row.summary,
    policy: { key: row.policy_key, version: row.policy_version },
    deadlines: {
      acknowledgeBy: row.acknowledge_by.toISOString(),
      resolveBy: row.resolve_by.toISOString(),
    },
    escalationLevel: row.escalation_level,
    openedAt: row.opened_at.toISOString(),
    assignee:
      row.assignee_kind !== null && row.assignee_id !== null
        ? { kind: row.assignee_kind, id: row.assignee_id }
        : null,
    clocks: row.clocks,
    nextDeadline: row.next_deadline?.toISOString() ?? null,
  };
}

/** The approval of an inbox row, its amount in major units. */
export function toInboxApproval(row: InboxRow): InboxApproval {
  return {
    approvalId: row.approval_id,
    incidentId: row.incident_id,
    site: row.site,
    remedyId: row.remedy_id,
    remedyType: row.remedy_type,
    amount: toMajorUnits(Number(row.amount) as MinorUnits, row.currency),
    currency: row.currency,
    requiredAuthority: row.required_authority,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at.toISOString(),
    deadline: row.deadline.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    status: row.status,
  };
}
