import { type IncidentEvent, type IncidentEventType } from '../events/incident-events';
import { decide } from './decide';
import { foldIncident } from './evolve';
import { type IncidentCommand } from './incident-commands';
import { ctx, frontline, opening, rejection } from './incident.spec-fixture';

/**
 * Emmett's decider specification: given the commands already decided (their
 * events folded into the state), when one more command arrives, then these event
 * types — or this rejection code.
 */
function given(...history: IncidentCommand[]) {
  let state = foldIncident([]);
  history.forEach((command, i) => {
    state = foldIncident(decide(command, state, ctx(frontline, i)), state);
  });
  return {
    when(command: IncidentCommand, secondsAfterOpen = history.length) {
      const decided = (): IncidentEvent[] =>
        decide(command, state, ctx(frontline, secondsAfterOpen));
      return {
        then: (types: IncidentEventType[]): void =>
          expect(decided().map((e) => e.type)).toEqual(types),
        thenRejects: (code: string): void => expect(rejection(decided)).toBe(code),
      };
    },
  };
}

const open: IncidentCommand = { type: 'OpenIncident', data: opening };
const acknowledge: IncidentCommand = { type: 'Acknowledge', data: {} };
const resolve: IncidentCommand = {
  type: 'Resolve',
  data: { outcome: 'fixed', summary: 'Battery replaced' },
};

describe('decide(command, state, context)', () => {
  it('opens a new incident', () => {
    given().when(open).then(['IncidentOpened']);
  });

  it('opens an incident once: a repeated opening decides nothing (a retry joins the first)', () => {
    given(open).when(open).then([]);
  });

  it('refuses every other command before the incident is opened', () => {
    given().when(acknowledge).thenRejects('incident_not_open');
  });

  it('acknowledges once', () => {
    given(open).when(acknowledge).then(['IncidentAcknowledged']);
    given(open, acknowledge).when(acknowledge).thenRejects('incident_already_acknowledged');
  });

  it('grants a remedy within the frontline limit at once, and asks for approval above it', () => {
    const remedy = (amount: number): IncidentCommand => ({
      type: 'ProposeRemedy',
      data: { type: 'taxi', amount, currency: 'EUR', description: 'Taxi' },
    });
    given(open).when(remedy(20)).then(['RemedyProposed', 'RemedyApproved']);
    given(open).when(remedy(80)).then(['RemedyProposed', 'ApprovalRequested']);
  });

  it('resolves only an acknowledged incident, and reopens only a resolved one', () => {
    given(open).when(resolve).thenRejects('incident_not_acknowledged');
    given(open, acknowledge).when(resolve).then(['IncidentResolved']);
    const reopen: IncidentCommand = { type: 'Reopen', data: { reason: 'Dead again' } };
    given(open, acknowledge).when(reopen).thenRejects('incident_not_resolved');
    given(open, acknowledge, resolve)
      .when(reopen)
      .then(['IncidentReopened', 'DeadlinesRescheduled']);
  });

  it('reassigns an active incident and records contacts and notes', () => {
    given(open)
      .when({ type: 'Reassign', data: { to: { kind: 'team', id: 'desk-ams' } } })
      .then(['IncidentReassigned']);
    given(open)
      .when({
        type: 'ContactCustomer',
        data: { direction: 'outbound', channel: 'phone', summary: 'Called back' },
      })
      .then(['CustomerContacted']);
    given(open)
      .when({ type: 'AddNote', data: { text: 'Customer waits at desk 3' } })
      .then(['NoteAdded']);
  });

  it('refuses a reassignment after resolution', () => {
    given(open, acknowledge, resolve)
      .when({ type: 'Reassign', data: { to: { kind: 'person', id: 'omar' } } })
      .thenRejects('incident_not_open');
  });

  it('makes a promise, and refuses to keep one that was never made', () => {
    const promise: IncidentCommand = {
      type: 'MakePromise',
      data: { description: 'Taxi within 20 minutes', dueAt: '2025-03-01T10:20:00.000Z' },
    };
    given(open).when(promise).then(['PromiseMade']);
    given(open, promise)
      .when({ type: 'KeepPromise', data: { promiseId: '99999999-9999-4999-8999-999999999999' } })
      .thenRejects('promise_not_found');
  });
});
