import { type Actor, type InboxItem } from '../api/incident-types';
import { ApiProblem, describeFailure } from '../api/problem';
import { actorName } from '../incident/timeline/event-fields';

/** Shown instead of the decision controls on a person's own request (nobody approves their own). */
export const OWN_REQUEST = 'You requested this; another supervisor decides';

/** An approval as the incident detail reports it once decided (status `granted`, `denied` or `expired`). */
export interface SettledApproval {
  status: string;
  decidedBy?: Actor;
  reason?: string;
  decidedAt?: string;
}

/**
 * What happened to a request someone else settled first, naming who decided:
 * "Sue (supervisor) approved this first, at 14:05: “Stranded at night”".
 * `formatTime` renders the decision's moment in the reader's time display.
 */
export function settledText(
  approval: SettledApproval | undefined,
  formatTime: (iso: string) => string,
): string {
  if (approval?.status === 'expired') return 'This request expired before anyone decided it.';
  if (approval?.decidedBy === undefined) {
    return 'Someone else decided this request first; looking up who…';
  }
  const verb = approval.status === 'denied' ? 'denied' : 'approved';
  const when = approval.decidedAt ? `, at ${formatTime(approval.decidedAt)}` : '';
  const why = approval.reason ? `: “${approval.reason}”` : '';
  return `${actorName({ ...approval.decidedBy })} ${verb} this first${when}${why}`;
}

/** True when a decision was refused because the request had already been decided. */
export function isAlreadyDecided(error: unknown): boolean {
  return error instanceof ApiProblem && error.code === 'approval_already_decided';
}

/** A refused decision in words for the supervisor, by the workflow's refusal code (libs/domain decide-remedy). */
export function refusalText(error: unknown): string {
  if (!(error instanceof ApiProblem)) return describeFailure(error);
  switch (error.code) {
    case 'self_approval_forbidden':
      return OWN_REQUEST;
    case 'approver_role_insufficient':
      return typeof error.details.required === 'string'
        ? needsAuthority(error.details.required)
        : 'Your authority does not cover this amount.';
    case 'approval_not_found':
      return 'This request no longer exists, or is not at your sites.';
    default:
      return describeFailure(error);
  }
}

/** Why a request above the reader's authority waits for someone else: "Needs a manager: …". */
function needsAuthority(required: string): string {
  return `Needs a ${required}: your authority does not cover this amount.`;
}

/**
 * Shown instead of Approve and Deny on a request the API says the reader cannot decide
 * (its `cannotDecideBecause`, the refusal a decision would meet); undefined when they
 * can, or when their role decides nothing (the page says it is read only).
 */
export function cannotDecideText(item: InboxItem, readerId: string): string | undefined {
  switch (item.cannotDecideBecause) {
    case null:
    case 'forbidden':
      return undefined;
    case 'self_approval_forbidden':
      return item.requestedBy.id === readerId
        ? OWN_REQUEST
        : 'The person you act for requested this; someone else decides.';
    case 'approver_role_insufficient':
      return needsAuthority(item.requiredAuthority);
    case 'approval_already_decided':
      return 'This request has been decided.';
    case 'delegation_not_in_effect':
      return 'The delegation that would let you decide this does not count at this moment.';
    case 'delegation_not_held':
    case 'delegation_site_not_covered':
      return 'No delegation of yours covers this site.';
    default: {
      const unknown: never = item.cannotDecideBecause;
      return unknown;
    }
  }
}
