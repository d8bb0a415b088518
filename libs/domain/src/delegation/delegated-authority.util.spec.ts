import { type Actor } from '../events/event-metadata';
import { type ApprovalGranted } from '../events/incident-events';
import { toIsoTimestamp } from '../ids/ids';
import { openIncident } from '../incident/decide-lifecycle';
import { decideApproval, proposeRemedy } from '../incident/decide-remedy';
import { foldIncident } from '../incident/evolve';
import {
  ctx,
  frontline,
  opening,
  rejection,
  supervisor,
  t0,
} from '../incident/incident.spec-fixture';
import {
  type IncidentState,
  initialIncidentState,
  pendingApprovals,
} from '../incident/incident-state';
import { type DelegatedAuthority, delegationFor } from './delegated-authority.util';
import { asDelegationId } from './delegation-events';

const bob: Actor = { id: 'bob', role: 'frontline' };
const rita: Actor = { id: 'rita', role: 'supervisor' };
const max: Actor = { id: 'max', role: 'manager' };
const at = (seconds: number) => toIsoTimestamp(t0 + seconds * 1000);

/** Sam (supervisor, AMS) lends supervisor authority at AMS to `delegateId` from 60 s to 600 s after opening. */
const samForBob = (overrides: Partial<DelegatedAuthority> = {}): DelegatedAuthority => ({
  delegationId: asDelegationId('33333333-3333-4333-8333-333333333333'),
  delegator: supervisor,
  delegateId: 'bob',
  role: 'supervisor',
  sites: ['AMS'],
  from: at(60),
  until: at(600),
  ...overrides,
});

/** An open incident at AMS with a pending approval for `amount` EUR requested by `requester`. */
function awaitingApproval(amount: number, requester: Actor = frontline) {
  const opened = foldIncident([openIncident(initialIncidentState, opening, ctx(frontline, 0))]);
  const state: IncidentState = foldIncident(
    proposeRemedy(
      opened,
      { type: 'taxi', amount, currency: 'EUR', description: 'Taxi' },
      ctx(requester, 10),
    ),
    opened,
  );
  const [approval] = pendingApprovals(state);
  const decide = (actor: Actor, seconds: number, delegation?: DelegatedAuthority) =>
    decideApproval(
      state,
      {
        approvalId: approval.approvalId,
        decision: 'approve',
        reason: 'Stranded',
        ...(delegation && { delegation }),
      },
      ctx(actor, seconds),
    );
  return { approval, decide };
}

describe('deciding an approval under a delegation', () => {
  it('lets the delegate decide within the window, recording for whom they acted', () => {
    const { decide } = awaitingApproval(90);
    const events = decide(bob, 120, samForBob());
    expect(events.map((event) => event.type)).toEqual(['ApprovalGranted', 'RemedyApproved']);
    expect((events[0] as ApprovalGranted).data).toMatchObject({
      approver: bob,
      actingFor: { delegationId: samForBob().delegationId, delegatorId: 'sam' },
    });
  });

  it('refuses before from and at or after until (workflow time)', () => {
    const { decide } = awaitingApproval(90);
    expect(rejection(() => decide(bob, 59, samForBob()))).toBe('delegation_not_in_effect');
    expect(rejection(() => decide(bob, 600, samForBob()))).toBe('delegation_not_in_effect');
  });

  it('refuses an approval above the delegated role', () => {
    const { decide } = awaitingApproval(200); // above the 150 EUR supervisor limit
    expect(rejection(() => decide(bob, 120, samForBob()))).toBe('approver_role_insufficient');
    expect(
      rejection(() => decide(bob, 120, samForBob({ delegator: max, role: 'manager' }))),
    ).toBeUndefined();
  });

  it('refuses the delegate’s own request and the delegator’s', () => {
    expect(rejection(() => awaitingApproval(90, bob).decide(bob, 120, samForBob()))).toBe(
      'self_approval_forbidden',
    );
    // Sam asks above his own limit; Bob, acting for Sam, may not grant it either.
    const samsOwn = awaitingApproval(200, supervisor);
    expect(
      rejection(() =>
        samsOwn.decide(bob, 120, samForBob({ delegator: supervisor, role: 'manager' })),
      ),
    ).toBe('self_approval_forbidden');
  });

  it('refuses a delegation lent to someone else or for another site', () => {
    const { decide } = awaitingApproval(90);
    expect(rejection(() => decide(rita, 120, samForBob()))).toBe('delegation_not_held');
    expect(rejection(() => decide(bob, 120, samForBob({ sites: ['RTM'] })))).toBe(
      'delegation_site_not_covered',
    );
  });

  it('records no actingFor when the approver decides on their own authority', () => {
    const [granted] = awaitingApproval(90).decide(rita, 120);
    expect(granted.data).not.toHaveProperty('actingFor');
  });
});

describe('delegationFor: the delegation a decider needs', () => {
  const approval = {
    approvalId: 'a',
    site: 'AMS',
    requiredAuthority: 'supervisor' as const,
    requestedBy: frontline,
  };

  it('is none when the decider’s own role and sites suffice', () => {
    expect(
      delegationFor(
        approval,
        { actor: rita, sites: ['AMS'] },
        [samForBob({ delegateId: 'rita' })],
        at(120),
      ),
    ).toBeUndefined();
  });

  it('is the one lent to the decider at the approval’s site that allows the decision now', () => {
    const early = samForBob({ delegationId: asDelegationId('early'), from: at(300) });
    const usable = samForBob();
    const elsewhere = samForBob({ delegationId: asDelegationId('rtm'), sites: ['RTM'] });
    expect(
      delegationFor(approval, { actor: bob, sites: ['AMS'] }, [elsewhere, early, usable], at(120)),
    ).toBe(usable);
    expect(
      delegationFor(approval, { actor: rita, sites: ['RTM'] }, [usable], at(120)),
    ).toBeUndefined();
  });

  it('falls back to one that covers the site, so the refusal can say why it does not count', () => {
    const early = samForBob({ from: at(300) });
    expect(delegationFor(approval, { actor: bob, sites: ['AMS'] }, [early], at(120))).toBe(early);
  });
});
