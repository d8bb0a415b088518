import { type DeviationKind } from '../api/audit-types';

/** Each way practice departed from policy, as an executive reads it. */
export const DEVIATION_TEXT: Record<DeviationKind, string> = {
  late_acknowledgement: 'Acknowledged after the deadline',
  late_resolution: 'Resolved after the deadline',
  broken_promise: 'Promise broken',
  unconfirmed_promise: 'Promise not confirmed by its fulfiller',
  grant_outside_authority: 'Remedy granted outside the granter’s authority',
  currency_mismatch: 'Remedy in another currency than its limit',
  self_approval: 'Requester decided their own approval',
  approval_expired: 'Approval expired undecided',
  missing_follow_up: 'No follow-up sent',
};
