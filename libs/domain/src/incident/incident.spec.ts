import { type InvalidCommand } from '../errors/incident-rejections.error';
import { type IncidentEvent } from '../events/incident-events';
import { openIncident, acknowledge, resolve, reopen } from './decide-lifecycle';
import { decideApproval, proposeRemedy } from './decide-remedy';
import { keepPromise, makePromise } from './decide-promise';
import { foldIncident } from './evolve';
import { ctx, frontline, opening, rejection, supervisor } from './incident.spec-fixture';
import {
  type IncidentState,
  initialIncidentState,
  openPromises,
  pendingApprovals,
} from './incident-state';

function opened(): { state: IncidentState; events: IncidentEvent[] } {
  const event = openIncident(initialIncidentState, opening, ctx(frontline, 0));
  return { state: foldIncident([event]), events: [event] };
}

describe('incident decisions and evolve', () => {
  it('opens with deadlines from the pinned policy', () => {
    const { state } = opened();
    expect(state).toMatchObject({
      status: 'open',
      policy: { key: 'vehicle-breakdown', version: 3 },
      deadlines: {
        acknowledgeBy: '2025-03-01T10:01:30.000Z',
        resolveBy: '2025-03-01T12:00:00.000Z',
      },
    });
  });

  it('records how long acknowledgement took and refuses a second one', () => {
    const { state } = opened();
    const [ack] = acknowledge(state, ctx(frontline, 120));
    expect(ack.data).toMatchObject({ elapsedMs: 120_000, withinDeadline: false });
    expect(rejection(() => acknowledge(foldIncident([ack], state), ctx(frontline, 130)))).toBe(
      'incident_already_acknowledged',
    );
  });

  it('grants a remedy within the frontline limit at once', () => {
    const { state } = opened();
    const events = proposeRemedy(
      state,
      { type: 'taxi', amount: 20, currency: 'EUR', description: 'Taxi to hotel' },
      ctx(frontline, 10),
    );
    expect(events.map((e) => e.type)).toEqual(['RemedyProposed', 'RemedyApproved']);
    expect(foldIncident(events, state).remedies[0].status).toBe('approved');
  });

  it('sends a remedy above the limit for approval and lets exactly one decision win', () => {
    const { state } = opened();
    const proposed = foldIncident(
      proposeRemedy(
        state,
        { type: 'taxi', amount: 90, currency: 'EUR', description: 'Long taxi' },
        ctx(frontline, 10),
      ),
      state,
    );
    const [approval] = pendingApprovals(proposed);
    expect(approval).toMatchObject({
      requiredAuthority: 'supervisor',
      deadline: '2025-03-01T10:10:10.000Z',
    });
    const command = { approvalId: approval.approvalId, decision: 'approve' as const, reason: 'ok' };
    expect(rejection(() => decideApproval(proposed, command, ctx(frontline, 20)))).toBe(
      'self_approval_forbidden',
    );
    expect(
      rejection(() =>
        decideApproval(proposed, command, ctx({ id: 'other', role: 'frontline' }, 20)),
      ),
    ).toBe('approver_role_insufficient');
    const granted = foldIncident(decideApproval(proposed, command, ctx(supervisor, 30)), proposed);
    expect(granted.remedies[0].status).toBe('approved');
    expect(
      rejection(() =>
        decideApproval(
          granted,
          { ...command, decision: 'deny' },
          ctx({ id: 'sue', role: 'manager' }, 31),
        ),
      ),
    ).toBe('approval_already_decided');
  });

  it('reads a remedy amount in major units, as the policy limits are written, and records minor units', () => {
    const { state } = opened();
    const [atOnce, granted] = proposeRemedy(
      state,
      { type: 'taxi', amount: 20, currency: 'EUR', description: 'Taxi to hotel' },
      ctx(frontline, 10),
    );
    expect(atOnce.data).toMatchObject({ amount: 2000, requiredAuthority: 'frontline' });
    expect(granted.type).toBe('RemedyApproved');
    const [above, requested] = proposeRemedy(
      state,
      { type: 'taxi', amount: 80, currency: 'EUR', description: 'Taxi to the airport' },
      ctx(frontline, 10),
    );
    expect(above.data).toMatchObject({
      amount: 8000,
      rule: { frontlineLimit: 2500, supervisorLimit: 15000 },
      requiredAuthority: 'supervisor',
      withinProposerAuthority: false,
    });
    expect(requested).toMatchObject({ type: 'ApprovalRequested', data: { amount: 8000 } });
    const [half] = proposeRemedy(
      state,
      { type: 'taxi', amount: 45.5, currency: 'EUR', description: 'Taxi' },
      ctx(supervisor, 10),
    );
    expect(half.data.amount).toBe(4550);
  });

  it('refuses a remedy amount with more decimals than its currency, negative or not finite', () => {
    const { state } = opened();
    for (const amount of [45.555, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      let fields: string[] = [];
      try {
        proposeRemedy(
          state,
          { type: 'taxi', amount, currency: 'EUR', description: 'Taxi' },
          ctx(frontline, 10),
        );
      } catch (error) {
        fields = (error as InvalidCommand).errors.map((e) => e.field);
      }
      expect(fields).toEqual(['amount']);
    }
  });

  it('records lateness when a promise is kept after its due time', () => {
    const { state } = opened();
    const withPromise = foldIncident(
      makePromise(
        state,
        { description: 'Taxi within 20 minutes', dueAt: '2025-03-01T10:20:00.000Z' },
        ctx(frontline, 0),
      ),
      state,
    );
    const [promise] = openPromises(withPromise);
    expect(promise.requiresConfirmation).toBe(false);
    const [kept] = keepPromise(
      withPromise,
      { promiseId: promise.promiseId },
      ctx(frontline, 25 * 60),
    );
    expect(kept.data).toMatchObject({ latenessMs: 5 * 60_000, onTime: false });
  });

  it('requires acknowledgement before resolution and reopens with a fresh deadline', () => {
    const { state } = opened();
    expect(
      rejection(() => resolve(state, { outcome: 'fixed', summary: 'done' }, ctx(frontline, 5))),
    ).toBe('incident_not_acknowledged');
    const acked = foldIncident(acknowledge(state, ctx(frontline, 5)), state);
    const resolved = foldIncident(
      resolve(acked, { outcome: 'fixed', summary: 'done' }, ctx(frontline, 60)),
      acked,
    );
    expect(resolved.status).toBe('resolved');
    const reopened = foldIncident(
      reopen(resolved, { reason: 'again' }, ctx(frontline, 3600)),
      resolved,
    );
    expect(reopened).toMatchObject({
      status: 'reopened',
      reopenCount: 1,
      deadlines: { resolveBy: '2025-03-01T13:00:00.000Z' },
    });
  });

  it('names each bad field of a command', () => {
    const { state } = opened();
    let fields: string[] = [];
    try {
      proposeRemedy(
        state,
        { type: '', amount: 1.555, currency: 'EUR', description: 'x' },
        ctx(frontline, 1),
      );
    } catch (error) {
      fields = (error as InvalidCommand).errors.map((e) => e.field);
    }
    expect(fields).toEqual(['type', 'amount']);
  });
});
