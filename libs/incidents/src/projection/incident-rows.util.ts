import { type ApprovalView, type IncidentState, sealedKeyId } from '@recovery/domain';
import { incidentClocks, nextDeadline } from '../queries/incident-clocks.util';

/** Upserts one incident's current-state row (columns for filtering, jsonb for the rest). */
export const UPSERT_INCIDENT_STATE_SQL = `
  INSERT INTO incident_state (incident_id, status, kind, channel, site, category, severity, customer_ref,
    summary, policy_key, policy_version, acknowledge_by, resolve_by, acknowledged_at, resolved_at,
    closed_at, escalation_level, acknowledgement_overdue, resolution_overdue, reopen_count, opened_at,
    stream_version, state, assignee_kind, assignee_id, clocks, next_deadline, customer_key_id, updated_at)
  VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23::jsonb,$24,$25,$26::jsonb,$27,$28,now())
  ON CONFLICT (incident_id) DO UPDATE SET
    status = EXCLUDED.status, kind = EXCLUDED.kind, channel = EXCLUDED.channel, site = EXCLUDED.site,
    category = EXCLUDED.category, severity = EXCLUDED.severity, customer_ref = EXCLUDED.customer_ref,
    summary = EXCLUDED.summary, policy_key = EXCLUDED.policy_key, policy_version = EXCLUDED.policy_version,
    acknowledge_by = EXCLUDED.acknowledge_by, resolve_by = EXCLUDED.resolve_by,
    acknowledged_at = EXCLUDED.acknowledged_at, resolved_at = EXCLUDED.resolved_at,
    closed_at = EXCLUDED.closed_at, escalation_level = EXCLUDED.escalation_level,
    acknowledgement_overdue = EXCLUDED.acknowledgement_overdue,
    resolution_overdue = EXCLUDED.resolution_overdue, reopen_count = EXCLUDED.reopen_count,
    opened_at = EXCLUDED.opened_at, stream_version = EXCLUDED.stream_version, state = EXCLUDED.state,
    assignee_kind = EXCLUDED.assignee_kind, assignee_id = EXCLUDED.assignee_id,
    clocks = EXCLUDED.clocks, next_deadline = EXCLUDED.next_deadline,
    customer_key_id = EXCLUDED.customer_key_id, updated_at = now()`;

/** Parameters of UPSERT_INCIDENT_STATE_SQL for a state. */
export function incidentStateParams(state: IncidentState): unknown[] {
  const clocks = incidentClocks(state);
  return [
    state.incidentId,
    state.status,
    state.kind,
    state.channel,
    state.site,
    state.category,
    state.severity,
    state.customerRef,
    state.summary,
    state.policy.key,
    state.policy.version,
    state.deadlines.acknowledgeBy,
    state.deadlines.resolveBy,
    state.acknowledgedAt ?? null,
    state.resolvedAt ?? null,
    state.closedAt ?? null,
    state.escalationLevel,
    state.acknowledgementOverdue,
    state.resolutionOverdue,
    state.reopenCount,
    state.openedAt,
    state.version,
    JSON.stringify(state),
    state.assignee?.kind ?? null,
    state.assignee?.id ?? null,
    JSON.stringify(clocks),
    nextDeadline(clocks),
    // The customer's key, for finding incidents by customer; none before sealing (issue 14).
    sealedKeyId(state.customerRef) ?? null,
  ];
}

/** Upserts one approval of the inbox. */
export const UPSERT_APPROVAL_SQL = `
  INSERT INTO approval_inbox (approval_id, incident_id, site, remedy_id, remedy_type, amount, currency,
    required_authority, requested_by, requested_at, deadline, expires_at, status, decided_by, decided_at, reason)
  VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9::jsonb,$10,$11,$12,$13,$14::jsonb,$15,$16)
  ON CONFLICT (approval_id) DO UPDATE SET
    site = EXCLUDED.site, deadline = EXCLUDED.deadline, expires_at = EXCLUDED.expires_at,
    status = EXCLUDED.status, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at,
    reason = EXCLUDED.reason`;

/** Parameters of UPSERT_APPROVAL_SQL for one approval of an incident. */
export function approvalParams(state: IncidentState, approval: ApprovalView): unknown[] {
  return [
    approval.approvalId,
    state.incidentId,
    state.site,
    approval.remedyId,
    approval.remedyType,
    approval.amount,
    approval.currency,
    approval.requiredAuthority,
    JSON.stringify(approval.requestedBy),
    approval.requestedAt,
    approval.deadline,
    approval.expiresAt,
    approval.status,
    approval.decidedBy ? JSON.stringify(approval.decidedBy) : null,
    approval.decidedAt ?? null,
    approval.reason ?? null,
  ];
}
