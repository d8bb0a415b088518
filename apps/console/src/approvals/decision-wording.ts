import { type Actor } from '../api/incident-types';
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
    case 'approver_role_insufficient': {
      const required =
        typeof error.details.required === 'string' ? error.details.required : 'higher';
      return `Your role cannot grant this amount: it needs ${required} authority.`;
    }
    case 'approval_not_found':
      return 'This request no longer exists, or is not at your sites.';
    default:
      return describeFailure(error);
  }
}
