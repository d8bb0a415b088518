import { type DelegatedAuthority } from '../delegation/delegated-authority.util';
import { asDelegationId } from '../delegation/delegation-events';
import { type Actor } from '../events/event-metadata';
import { toIsoTimestamp } from '../ids/ids';
import { approvalDecisionRefusal } from './approval-decision-refusal';

const now = '2025-01-01T10:00:00.000Z';
const fiona: Actor = { id: 'fiona', role: 'frontline' };
const sam: Actor = { id: 'sam', role: 'supervisor' };
const frank: Actor = { id: 'frank', role: 'frontline' };

/** A pending request by Fiona at AMS needing `requiredAuthority`. */
const pending = (requiredAuthority: 'supervisor' | 'manager') => ({
  approvalId: 'a1',
  site: 'AMS',
  requiredAuthority,
  requestedBy: fiona,
  status: 'pending' as const,
});

/** Sam lends supervisor authority at AMS to Frank, in effect around `now`. */
const samForFrank: DelegatedAuthority = {
  delegationId: asDelegationId('33333333-3333-4333-8333-333333333333'),
  delegator: sam,
  delegateId: 'frank',
  role: 'supervisor',
  sites: ['AMS'],
  from: toIsoTimestamp(Date.parse('2025-01-01T09:00:00.000Z')),
  until: toIsoTimestamp(Date.parse('2025-01-01T11:00:00.000Z')),
};

const codeOf = (...args: Parameters<typeof approvalDecisionRefusal>) =>
  approvalDecisionRefusal(...args)?.code;

describe('approvalDecisionRefusal: why a decider cannot decide a request', () => {
  it('lets a supervisor decide a supervisor-level request of someone else', () => {
    expect(codeOf(pending('supervisor'), sam, undefined, now)).toBeUndefined();
  });

  it('refuses a supervisor a manager-level request by its authority', () => {
    expect(codeOf(pending('manager'), sam, undefined, now)).toBe('approver_role_insufficient');
  });

  it('refuses the requester before anything else, and any decision once decided', () => {
    expect(codeOf({ ...pending('supervisor'), requestedBy: sam }, sam, undefined, now)).toBe(
      'self_approval_forbidden',
    );
    expect(codeOf({ ...pending('supervisor'), status: 'granted' }, sam, undefined, now)).toBe(
      'approval_already_decided',
    );
  });

  it('judges a delegate by the lent role: within it at its sites, refused above it or out of its window', () => {
    expect(codeOf(pending('supervisor'), frank, samForFrank, now)).toBeUndefined();
    expect(codeOf(pending('manager'), frank, samForFrank, now)).toBe('approver_role_insufficient');
    expect(codeOf(pending('supervisor'), frank, samForFrank, '2025-01-01T12:00:00.000Z')).toBe(
      'delegation_not_in_effect',
    );
    expect(codeOf({ ...pending('supervisor'), site: 'RTM' }, frank, samForFrank, now)).toBe(
      'delegation_site_not_covered',
    );
  });
});
