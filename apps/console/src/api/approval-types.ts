// The wire shapes of the approval routes beyond those in incident-types.ts: a
// subset of docs/openapi.json (the contract), written out for the compiler.
import { type InboxItem } from './incident-types';

/** What GET /v1/approvals?status= accepts: the domain's approval statuses. */
export const APPROVAL_STATUSES = ['pending', 'granted', 'denied', 'expired'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** GET /v1/approvals */
export interface Inbox {
  items: InboxItem[];
}

/** POST /v1/approvals/:approvalId/decision */
export interface DecisionBody {
  decision: 'approve' | 'deny';
  reason: string;
}
