import {
  type AppliedRemedyRule,
  type ApprovalDenied,
  type ApprovalGranted,
  type ApprovalRequested,
  type RemedyApproved,
  type RemedyProposed,
} from '../events/incident-events';
import {
  ApprovalNotFound,
  RemedyCurrencyMismatch,
  RemedyTypeNotInPolicy,
} from '../errors/incident-rejections.error';
import { approvalDecisionRefusal } from './approval-decision-refusal';
import { asApprovalId, asRemedyId } from '../ids/ids';
import { type CurrencyCode, currencyExponent, type MinorUnits, toMinorUnits } from '../money/money';
import { type PolicyDocument, type RemedyRule } from '../policy/policy-document';
import { remedyLimits, requiredAuthority, roleCovers } from '../policy/remedy-authority.util';
import { addDuration, durationMs, elapsedMs } from '../time/duration.util';
import { FieldChecks, requireActive } from './command-guards.util';
import {
  type CommandContext,
  type DecideApprovalCommand,
  type ProposeRemedyCommand,
} from './incident-commands';
import { type IncidentState } from './incident-state';

/** The rule with its limits in minor units, as recorded in events. */
export function applyRemedyRule(rule: RemedyRule): AppliedRemedyRule {
  return {
    type: rule.type,
    currency: rule.currency as CurrencyCode,
    ...remedyLimits(rule),
    source: rule,
  };
}

/** What a proposal's amount in `currency` must be (ISO 4217 gives its decimals). */
function majorUnitsRule(currency: string): string {
  return `must be a non-negative number of ${currency} in major units, with at most ${currencyExponent(currency)} decimal places`;
}

/** How long an unanswered approval lives: its timeout, the whole ladder, then one more timeout at the top. */
export function approvalLifetimeMs(policy: PolicyDocument): number {
  const timeout = durationMs(policy.approvalTimeout);
  const lastRung = policy.escalation[policy.escalation.length - 1];
  return timeout + (lastRung ? durationMs(lastRung.after) : 0) + timeout;
}

/**
 * DOMAIN.md §5: a remedy within the proposer's authority is granted at once;
 * above it, it waits for an approval with a deadline. The command states the amount
 * in major units, as the policy's limits are written; the events keep minor units.
 */
export function proposeRemedy(
  state: IncidentState,
  command: ProposeRemedyCommand,
  ctx: CommandContext,
): [RemedyProposed, RemedyApproved] | [RemedyProposed, ApprovalRequested] {
  const { document, key, version } = ctx.policy;
  const rule = document.remedies.find((r) => r.type === command.type);
  // The rule's currency says how many decimals the amount may have (the command's
  // when the type is unknown: that proposal is refused below).
  const currency = rule?.currency ?? command.currency;
  const minor = toMinorUnits(command.amount, currency);
  new FieldChecks()
    .text(command.type, 'type', 64)
    .check(minor !== undefined, 'amount', majorUnitsRule(currency))
    .text(command.currency, 'currency', 3)
    .text(command.description, 'description')
    .done('propose remedy');
  requireActive(state, 'propose remedy');
  if (rule === undefined) throw new RemedyTypeNotInPolicy(command.type, key, version);
  if (rule.currency !== command.currency)
    throw new RemedyCurrencyMismatch(rule.type, rule.currency, command.currency);

  // Defined: the checks above refused an amount that does not convert.
  const amount = minor as MinorUnits;
  const applied = applyRemedyRule(rule);
  const needed = requiredAuthority(amount, applied);
  const remedyId = asRemedyId(ctx.newId());
  const within = roleCovers(ctx.actor.role, needed);
  const proposed: RemedyProposed = {
    type: 'RemedyProposed',
    data: {
      incidentId: state.incidentId,
      remedyId,
      remedyType: rule.type,
      amount,
      currency: applied.currency,
      description: command.description,
      proposedBy: ctx.actor,
      proposedAt: ctx.now,
      rule: applied,
      requiredAuthority: needed,
      withinProposerAuthority: within,
    },
  };
  if (within) {
    return [
      proposed,
      {
        type: 'RemedyApproved',
        data: {
          incidentId: state.incidentId,
          remedyId,
          remedyType: rule.type,
          amount,
          currency: applied.currency,
          approvedBy: ctx.actor,
          approvedAt: ctx.now,
          via: 'within_limit',
          rule: applied,
          requiredAuthority: needed,
        },
      },
    ];
  }
  return [
    proposed,
    {
      type: 'ApprovalRequested',
      data: {
        incidentId: state.incidentId,
        approvalId: asApprovalId(ctx.newId()),
        remedyId,
        remedyType: rule.type,
        amount,
        currency: applied.currency,
        requiredAuthority: needed,
        requestedBy: ctx.actor,
        requestedAt: ctx.now,
        deadline: addDuration(ctx.now, document.approvalTimeout),
        expiresAt: addDuration(ctx.now, approvalLifetimeMs(document)),
        site: state.site,
      },
    },
  ];
}

/**
 * A supervisor's (or manager's) decision, or a delegate's acting for one. Exactly one
 * decision wins: a decided request is refused, as is a decision by the requester (or
 * by someone acting for them) or by a role that does not cover the amount.
 */
export function decideApproval(
  state: IncidentState,
  command: DecideApprovalCommand,
  ctx: CommandContext,
): [ApprovalGranted, RemedyApproved] | [ApprovalDenied] {
  new FieldChecks()
    .check(
      command.decision === 'approve' || command.decision === 'deny',
      'decision',
      'must be approve or deny',
    )
    .text(command.reason, 'reason')
    .done('decide approval');
  const approval = state.approvals.find((a) => a.approvalId === command.approvalId);
  if (approval === undefined) throw new ApprovalNotFound(command.approvalId);
  // Under a delegation (issue 12) the delegated role counts, at its sites, within its
  // window on workflow time; the delegator's own requests stay out of reach too.
  const { delegation } = command;
  const refusal = approvalDecisionRefusal(
    { ...approval, site: state.site },
    ctx.actor,
    delegation,
    ctx.now,
  );
  if (refusal) throw refusal;
  const actingFor = delegation && {
    delegationId: delegation.delegationId,
    delegatorId: delegation.delegator.id,
  };
  const decision = {
    incidentId: state.incidentId,
    approvalId: approval.approvalId,
    remedyId: approval.remedyId,
    approver: ctx.actor,
    reason: command.reason,
    decidedAt: ctx.now,
    elapsedMs: elapsedMs(approval.requestedAt, ctx.now),
    requiredAuthority: approval.requiredAuthority,
    amount: approval.amount,
    currency: approval.currency,
    withinDeadline: ctx.now <= approval.deadline,
    ...(actingFor && { actingFor }),
  };
  if (command.decision === 'deny') return [{ type: 'ApprovalDenied', data: decision }];
  const rule = ctx.policy.document.remedies.find((r) => r.type === approval.remedyType);
  if (rule === undefined)
    throw new RemedyTypeNotInPolicy(approval.remedyType, ctx.policy.key, ctx.policy.version);
  return [
    { type: 'ApprovalGranted', data: decision },
    {
      type: 'RemedyApproved',
      data: {
        incidentId: state.incidentId,
        remedyId: approval.remedyId,
        remedyType: approval.remedyType,
        amount: approval.amount,
        currency: approval.currency,
        approvedBy: ctx.actor,
        approvedAt: ctx.now,
        via: 'approval',
        approvalId: approval.approvalId,
        rule: applyRemedyRule(rule),
        requiredAuthority: approval.requiredAuthority,
      },
    },
  ];
}
