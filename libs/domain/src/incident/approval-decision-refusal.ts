import {
  type ApprovalToDecide,
  type DelegatedAuthority,
  delegatedAuthorityRefusal,
} from '../delegation/delegated-authority.util';
import {
  ApprovalAlreadyDecided,
  ApproverRoleInsufficient,
  SelfApprovalForbidden,
} from '../errors/incident-rejections.error';
import { type Actor } from '../events/event-metadata';
import { type IsoTimestamp } from '../ids/ids';
import { roleCovers } from '../policy/remedy-authority.util';
import { type ApprovalStatus } from './incident-state';

/** Every reason a decision on an approval is refused once the approval is found. */
export type ApprovalDecisionRefusal = NonNullable<
  | ReturnType<typeof delegatedAuthorityRefusal>
  | ApprovalAlreadyDecided
  | SelfApprovalForbidden
  | ApproverRoleInsufficient
>;

/** Its stable code, as a problem response and the inbox's `cannotDecideBecause` name it. */
export type ApprovalDecisionRefusalCode = ApprovalDecisionRefusal['code'];

/**
 * Why `actor` cannot decide `approval` at `now`, or undefined when they can: the one
 * rule the workflow enforces (decideApproval) and the inbox reports on each request.
 * Exactly one decision wins, nobody decides their own request, and the decider's role
 * (or the `delegation` they act under, issue 12) must cover the authority it needs.
 */
export function approvalDecisionRefusal(
  approval: ApprovalToDecide & { status: ApprovalStatus },
  actor: Actor,
  delegation: DelegatedAuthority | undefined,
  now: IsoTimestamp | string,
): ApprovalDecisionRefusal | undefined {
  if (approval.status !== 'pending')
    return new ApprovalAlreadyDecided(approval.approvalId, approval.status);
  if (approval.requestedBy.id === actor.id)
    return new SelfApprovalForbidden(approval.approvalId, actor.id);
  if (delegation) return delegatedAuthorityRefusal(delegation, approval, actor, now);
  if (!roleCovers(actor.role, approval.requiredAuthority))
    return new ApproverRoleInsufficient(
      approval.approvalId,
      actor.role,
      approval.requiredAuthority,
    );
  return undefined;
}

// A record, so the compiler insists on every code and no other.
const REFUSAL_CODES: Readonly<Record<ApprovalDecisionRefusalCode, true>> = {
  approval_already_decided: true,
  self_approval_forbidden: true,
  approver_role_insufficient: true,
  delegation_not_held: true,
  delegation_not_in_effect: true,
  delegation_site_not_covered: true,
};

/** Every ApprovalDecisionRefusalCode, for the OpenAPI enum. */
export const APPROVAL_DECISION_REFUSAL_CODES = Object.keys(
  REFUSAL_CODES,
) as ApprovalDecisionRefusalCode[];
