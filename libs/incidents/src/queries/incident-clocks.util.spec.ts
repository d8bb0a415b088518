import {
  type Actor,
  acknowledgementOverdue,
  decide,
  foldIncident,
  type IncidentCommand,
  type IncidentState,
  type IsoTimestamp,
  type PinnedPolicy,
  type PromiseId,
  promiseBroken,
  toIsoTimestamp,
} from '@recovery/domain';
import { incidentClocks, nextDeadline } from './incident-clocks.util';

const t0 = Date.parse('2025-03-01T10:00:00.000Z');
const at = (seconds: number): IsoTimestamp => toIsoTimestamp(t0 + seconds * 1000);
const fiona: Actor = { id: 'fiona', role: 'frontline' };
const policy: PinnedPolicy = {
  key: 'vehicle-breakdown',
  version: 3,
  document: {
    key: 'vehicle-breakdown',
    title: 'Breakdown',
    appliesTo: {},
    acknowledgeWithin: 'PT10M',
    resolveWithin: 'PT2H',
    escalation: [{ after: 'PT5M', to: 'supervisor' }],
    remedies: [],
    approvalTimeout: 'PT10M',
    followUpAfter: 'P1D',
    feedbackWindow: 'P3D',
  },
};

const open: IncidentCommand = {
  type: 'OpenIncident',
  data: {
    incidentId: '11111111-1111-4111-8111-111111111111',
    kind: 'complaint',
    channel: 'phone',
    category: 'vehicle_breakdown',
    severity: 'high',
    customerRef: 'C-1',
    site: 'AMS',
    summary: 'Car will not start',
  },
};
const acknowledge: IncidentCommand = { type: 'Acknowledge', data: {} };
const resolve: IncidentCommand = { type: 'Resolve', data: { outcome: 'fixed', summary: 'Done' } };
const reopen: IncidentCommand = { type: 'Reopen', data: { reason: 'Failed again' } };
const promise = (description: string, dueInSeconds: number): IncidentCommand => ({
  type: 'MakePromise',
  data: { description, dueAt: at(dueInSeconds) },
});

/** The state after deciding `commands` in order, one second apart. */
function given(...commands: IncidentCommand[]): IncidentState {
  let ids = 0;
  return commands.reduce((state, command, i) => {
    const events = decide(command, state, {
      actor: fiona,
      policy,
      now: toIsoTimestamp(t0 + i * 1000),
      newId: () => `00000000-0000-4000-8000-${String(++ids + i * 100).padStart(12, '0')}`,
    });
    return foldIncident(events, state);
  }, foldIncident([]));
}

const promiseIdOf = (state: IncidentState, description: string): PromiseId =>
  state.promises.find((p) => p.description === description)!.promiseId;

describe('incidentClocks', () => {
  it('runs the acknowledge and resolve clocks of a new incident, acknowledge first', () => {
    const clocks = incidentClocks(given(open));
    expect(clocks).toEqual([
      { clock: 'acknowledge', startedAt: at(0), dueAt: at(600), label: 'Acknowledge' },
      { clock: 'resolve', startedAt: at(0), dueAt: at(7200), label: 'Resolve' },
    ]);
    expect(nextDeadline(clocks)).toBe(at(600));
  });

  it('keeps an overdue acknowledge clock running until someone acknowledges', () => {
    const opened = given(open);
    const overdue = foldIncident(
      [acknowledgementOverdue(opened, toIsoTimestamp(t0 + 601_000))],
      opened,
    );
    expect(incidentClocks(overdue).map((c) => c.clock)).toEqual(['acknowledge', 'resolve']);
  });

  it('stops the acknowledge clock on acknowledgement and lists each open promise by due time', () => {
    const clocks = incidentClocks(
      given(open, acknowledge, promise('Call back', 3600), promise('Send a taxi', 900)),
    );
    expect(clocks.map((c) => [c.clock, c.label, c.startedAt, c.dueAt])).toEqual([
      ['promise', 'Send a taxi', at(3), at(900)],
      ['promise', 'Call back', at(2), at(3600)],
      ['resolve', 'Resolve', at(0), at(7200)],
    ]);
    expect(clocks.filter((c) => c.clock === 'promise').every((c) => c.promiseId)).toBe(true);
    expect(clocks.find((c) => c.clock === 'resolve')).not.toHaveProperty('promiseId');
    expect(nextDeadline(clocks)).toBe(at(900));
  });

  it('drops a kept or broken promise and keeps an open one after the incident is resolved', () => {
    const made = given(
      open,
      acknowledge,
      promise('Kept', 900),
      promise('Broken', 1200),
      promise('Still open', 3600),
    );
    const kept = foldIncident(
      decide({ type: 'KeepPromise', data: { promiseId: promiseIdOf(made, 'Kept') } }, made, {
        actor: fiona,
        policy,
        now: at(10),
        newId: () => '00000000-0000-4000-8000-000000009999',
      }),
      made,
    );
    const broken = foldIncident(
      [promiseBroken(kept, promiseIdOf(kept, 'Broken'), toIsoTimestamp(t0 + 1_201_000))],
      kept,
    );
    const resolved = foldIncident(
      decide(resolve, broken, { actor: fiona, policy, now: at(20), newId: () => 'x' }),
      broken,
    );
    expect(incidentClocks(resolved)).toEqual([
      {
        clock: 'promise',
        startedAt: at(4),
        dueAt: at(3600),
        promiseId: promiseIdOf(resolved, 'Still open'),
        label: 'Still open',
      },
    ]);
  });

  it('runs no clock on a resolved incident without open promises, so nextDeadline is null', () => {
    const clocks = incidentClocks(given(open, acknowledge, resolve));
    expect(clocks).toEqual([]);
    expect(nextDeadline(clocks)).toBeNull();
  });

  it('runs a new resolve clock from the reopening and no acknowledge clock after it', () => {
    const reopened = given(open, acknowledge, resolve, reopen);
    expect(reopened.status).toBe('reopened');
    expect(incidentClocks(reopened)).toEqual([
      { clock: 'resolve', startedAt: at(3), dueAt: at(3 + 7200), label: 'Resolve' },
    ]);
  });

  it('keeps acknowledge before resolve when both are due at the same instant', () => {
    const opened = given(open);
    const same = { ...opened, deadlines: { acknowledgeBy: at(60), resolveBy: at(60) } };
    expect(incidentClocks(same).map((c) => c.clock)).toEqual(['acknowledge', 'resolve']);
  });
});

describe('nextDeadline', () => {
  it('is the earliest dueAt whatever order the clocks come in', () => {
    expect(
      nextDeadline([
        { clock: 'resolve', startedAt: at(0), dueAt: at(7200), label: 'Resolve' },
        { clock: 'acknowledge', startedAt: at(0), dueAt: at(600), label: 'Acknowledge' },
      ]),
    ).toBe(at(600));
  });
});
