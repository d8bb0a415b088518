import { timeOr, uuidOr, type AuditStatement, type AuditStatementTable } from './audit-statement';
import { grantViolation } from './grant-violation.util';

type RemedyTypes =
  | 'RemedyProposed'
  | 'RemedyApproved'
  | 'ApprovalRequested'
  | 'ApprovalGranted'
  | 'ApprovalDenied'
  | 'ApprovalExpired'
  | 'RemedyDelivered';

const proposed: AuditStatement<'RemedyProposed'> = {
  pick: 'all',
  columns: {
    remedy_id: 'uuid',
    incident_id: 'uuid',
    remedy_type: 'text',
    amount: 'bigint',
    currency: 'text',
    frontline_limit: 'bigint',
    supervisor_limit: 'bigint',
    required_authority: 'text',
    proposed_by: 'text',
    proposed_by_role: 'text',
    proposed_at: 'timestamptz',
  },
  sql: `INSERT INTO audit_remedies (remedy_id, incident_id, remedy_type, amount, currency, frontline_limit,
          supervisor_limit, required_authority, proposed_by, proposed_by_role, proposed_at)
        SELECT remedy_id, incident_id, remedy_type, amount, currency, frontline_limit, supervisor_limit,
               required_authority, proposed_by, proposed_by_role, proposed_at FROM {records} x ORDER BY pos
        ON CONFLICT (remedy_id) DO NOTHING`,
  record: (data, { incidentId, event }) => {
    const remedyId = uuidOr(data.remedyId);
    if (!remedyId) return null;
    return {
      remedy_id: remedyId,
      incident_id: incidentId,
      remedy_type: data.remedyType,
      amount: data.amount,
      currency: data.currency,
      frontline_limit: data.rule?.frontlineLimit,
      supervisor_limit: data.rule?.supervisorLimit,
      required_authority: data.requiredAuthority,
      proposed_by: data.proposedBy?.id ?? event.metadata.actor.id,
      proposed_by_role: data.proposedBy?.role ?? event.metadata.actor.role,
      proposed_at: timeOr(data.proposedAt, event),
    };
  },
};

// The limits recorded with the grant decide whether it was allowed: a grant is
// checked against the rule it claims, whoever approved it and by whichever path.
const approved: AuditStatement<'RemedyApproved'> = {
  pick: 'first',
  key: 'remedy_id',
  columns: {
    remedy_id: 'uuid',
    at: 'timestamptz',
    by: 'text',
    by_role: 'text',
    via: 'text',
    amount: 'bigint',
    violation: 'text',
  },
  sql: `UPDATE audit_remedies r SET granted_at = x.at, granted_by = x.by, granted_by_role = x.by_role,
               granted_via = x.via, granted_amount = x.amount, violation = x.violation
          FROM {records} x WHERE r.remedy_id = x.remedy_id AND r.granted_at IS NULL`,
  record: (data, { event }) => {
    const remedyId = uuidOr(data.remedyId);
    if (!remedyId) return null;
    const by = data.approvedBy ?? event.metadata.actor;
    return {
      remedy_id: remedyId,
      at: timeOr(data.approvedAt, event),
      by: by.id,
      by_role: by.role,
      via: data.via,
      amount: data.amount,
      violation: grantViolation({
        amount: data.amount,
        currency: data.currency,
        frontlineLimit: data.rule.frontlineLimit,
        supervisorLimit: data.rule.supervisorLimit,
        ruleCurrency: data.rule.currency,
        grantedByRole: by.role,
      }),
    };
  },
};

const requested: AuditStatement<'ApprovalRequested'> = {
  pick: 'all',
  columns: {
    approval_id: 'uuid',
    incident_id: 'uuid',
    remedy_id: 'uuid',
    amount: 'bigint',
    currency: 'text',
    required_authority: 'text',
    requested_by: 'text',
    requested_at: 'timestamptz',
    deadline: 'timestamptz',
  },
  sql: `INSERT INTO audit_approvals (approval_id, incident_id, remedy_id, amount, currency, required_authority,
          requested_by, requested_at, deadline)
        SELECT approval_id, incident_id, remedy_id, amount, currency, required_authority, requested_by,
               requested_at, deadline FROM {records} x ORDER BY pos
        ON CONFLICT (approval_id) DO NOTHING`,
  record: (data, { incidentId, event }) => {
    const approvalId = uuidOr(data.approvalId);
    if (!approvalId) return null;
    return {
      approval_id: approvalId,
      incident_id: incidentId,
      remedy_id: uuidOr(data.remedyId),
      amount: data.amount,
      currency: data.currency,
      required_authority: data.requiredAuthority,
      requested_by: data.requestedBy?.id ?? event.metadata.actor.id,
      requested_at: timeOr(data.requestedAt, event),
      deadline: data.deadline,
    };
  },
};

/** A decision: the requester deciding their own request is a violation whatever the outcome. */
function decision<T extends 'ApprovalGranted' | 'ApprovalDenied'>(
  outcome: 'granted' | 'denied',
): AuditStatement<T> {
  return {
    pick: 'first',
    key: 'approval_id',
    columns: {
      approval_id: 'uuid',
      outcome: 'text',
      at: 'timestamptz',
      elapsed_ms: 'bigint',
      approver: 'text',
      approver_role: 'text',
      within: 'boolean',
    },
    sql: `UPDATE audit_approvals a SET outcome = x.outcome, decided_at = x.at, decision_ms = x.elapsed_ms,
                 approver = x.approver, approver_role = x.approver_role, within_deadline = x.within,
                 violation = CASE WHEN a.requested_by = x.approver THEN 'self_approval' END
            FROM {records} x WHERE a.approval_id = x.approval_id AND a.outcome IS NULL`,
    record: (data, { event }) => {
      const approvalId = uuidOr(data.approvalId);
      if (!approvalId) return null;
      const approver = data.approver ?? event.metadata.actor;
      return {
        approval_id: approvalId,
        outcome,
        at: timeOr(data.decidedAt, event),
        elapsed_ms: data.elapsedMs,
        approver: approver.id,
        approver_role: approver.role,
        within: data.withinDeadline,
      };
    },
  };
}

const expired: AuditStatement<'ApprovalExpired'> = {
  pick: 'first',
  key: 'approval_id',
  columns: { approval_id: 'uuid', at: 'timestamptz' },
  sql: `UPDATE audit_approvals a SET outcome = 'expired', decided_at = x.at
          FROM {records} x WHERE a.approval_id = x.approval_id AND a.outcome IS NULL`,
  record: (data, { event }) => {
    const approvalId = uuidOr(data.approvalId);
    return approvalId ? { approval_id: approvalId, at: timeOr(data.expiredAt, event) } : null;
  },
};

const delivered: AuditStatement<'RemedyDelivered'> = {
  pick: 'first',
  key: 'remedy_id',
  columns: { remedy_id: 'uuid', at: 'timestamptz' },
  sql: `UPDATE audit_remedies r SET delivered_at = x.at
          FROM {records} x WHERE r.remedy_id = x.remedy_id AND r.delivered_at IS NULL`,
  record: (data, { event }) => {
    const remedyId = uuidOr(data.remedyId);
    return remedyId ? { remedy_id: remedyId, at: timeOr(data.deliveredAt, event) } : null;
  },
};

/** How remedies and approvals fill audit_remedies and audit_approvals. */
export const remedyStatements = {
  RemedyProposed: [proposed],
  RemedyApproved: [approved],
  ApprovalRequested: [requested],
  ApprovalGranted: [decision<'ApprovalGranted'>('granted')],
  ApprovalDenied: [decision<'ApprovalDenied'>('denied')],
  ApprovalExpired: [expired],
  RemedyDelivered: [delivered],
} satisfies Pick<AuditStatementTable, RemedyTypes>;
