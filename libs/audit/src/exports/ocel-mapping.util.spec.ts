import { type StoredEvent } from '@recovery/event-store';
import { OCEL_EVENT_TYPES, ocelEventOf, ocelObjectOf } from './ocel-mapping.util';

const INCIDENT = '4b1f8f0e-3c55-4c1e-9a44-2f4ad3f0d0a1';
const REMEDY = '9a3c1d2e-0f4b-4a5c-8d6e-7f8091a2b3c4';
const APPROVAL = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

function event(type: string, data: Record<string, unknown>): StoredEvent {
  return {
    eventId: '0d9f4a52-8f53-4c35-a9e3-7a2f2f7f6b11',
    streamId: `incident-${INCIDENT}`,
    streamVersion: 1,
    globalPosition: 1,
    transactionId: 1,
    type,
    schemaVersion: 1,
    data: { incidentId: INCIDENT, ...data },
    metadata: {
      actor: { id: 'sam', role: 'supervisor' },
      correlationId: 'c',
      policyKey: 'taxi',
      policyVersion: 2,
    },
    personalData: null,
    occurredAt: new Date('2024-05-01T10:00:00.000Z'),
    recordedAt: new Date('2024-05-01T10:00:00.000Z'),
    hash: '',
    prevHash: '',
  };
}

describe('ocelObjectOf', () => {
  it('creates an approval object related to its remedy and incident, its amount in major units', () => {
    const object = ocelObjectOf(
      event('ApprovalRequested', {
        approvalId: APPROVAL,
        remedyId: REMEDY,
        requiredAuthority: 'supervisor',
        amount: 5000,
        currency: 'EUR',
      }),
    );
    expect(object).toEqual({
      id: APPROVAL,
      type: 'approval',
      attributes: [
        { name: 'requiredAuthority', time: '2024-05-01T10:00:00.000Z', value: 'supervisor' },
        { name: 'amount', time: '2024-05-01T10:00:00.000Z', value: 50 },
        { name: 'currency', time: '2024-05-01T10:00:00.000Z', value: 'EUR' },
      ],
      relationships: [
        { objectId: REMEDY, qualifier: 'approves' },
        { objectId: INCIDENT, qualifier: 'for incident' },
      ],
    });
  });

  it('states a remedy amount in major units of its currency', () => {
    const object = ocelObjectOf(
      event('RemedyProposed', {
        remedyId: REMEDY,
        remedyType: 'taxi',
        amount: 4550,
        currency: 'EUR',
      }),
    );
    expect(object?.attributes).toContainEqual({
      name: 'amount',
      time: '2024-05-01T10:00:00.000Z',
      value: 45.5,
    });
  });

  it('creates no object for events that only act on existing ones', () => {
    expect(ocelObjectOf(event('ApprovalGranted', { approvalId: APPROVAL }))).toBeNull();
  });
});

describe('ocelEventOf', () => {
  it('relates an event to every object it concerns, with resource, role and policy', () => {
    const ocel = ocelEventOf(event('ApprovalGranted', { approvalId: APPROVAL, remedyId: REMEDY }));
    expect(ocel).toEqual({
      id: '0d9f4a52-8f53-4c35-a9e3-7a2f2f7f6b11',
      type: 'ApprovalGranted',
      time: '2024-05-01T10:00:00.000Z',
      attributes: [
        { name: 'resource', value: 'sam' },
        { name: 'role', value: 'supervisor' },
        { name: 'policyKey', value: 'taxi' },
        { name: 'policyVersion', value: 2 },
      ],
      relationships: [
        { objectId: INCIDENT, qualifier: 'incident' },
        { objectId: REMEDY, qualifier: 'remedy' },
        { objectId: APPROVAL, qualifier: 'approval' },
      ],
    });
  });

  it('declares every incident event type', () => {
    expect(OCEL_EVENT_TYPES.map((type) => type.name)).toContain('PromiseBroken');
  });
});

describe('ocelEventOf for waits on the customer (issue 12)', () => {
  const attributes = (type: string, data: Record<string, unknown>) =>
    Object.fromEntries(ocelEventOf(event(type, data))!.attributes.map((a) => [a.name, a.value]));

  it('carries when the resolve deadline stood as a pause began, but not its free-text reason', () => {
    const paused = attributes('SlaClockPaused', {
      reason: 'Waiting for Mr Jansen to send the contract',
      pausedBy: { id: 'sam', role: 'supervisor' },
      pausedAt: '2024-05-01T10:00:00.000Z',
      resolveBy: '2024-05-01T12:00:00.000Z',
    });
    expect(paused).toEqual({
      resource: 'sam',
      role: 'supervisor',
      policyKey: 'taxi',
      policyVersion: 2,
      resolveBy: '2024-05-01T12:00:00.000Z',
    });
  });

  it('carries what ended a pause, when it began and how long it lasted in both kinds of time', () => {
    expect(
      attributes('SlaClockResumed', {
        trigger: 'customer_contacted',
        pausedAt: '2024-05-01T09:00:00.000Z',
        resumedAt: '2024-05-01T10:00:00.000Z',
        pausedMs: 3_600_000,
        businessPausedMs: 1_800_000,
      }),
    ).toMatchObject({
      trigger: 'customer_contacted',
      pausedAt: '2024-05-01T09:00:00.000Z',
      pausedMs: 3_600_000,
      businessPausedMs: 1_800_000,
    });
  });

  it('flattens moved deadlines and the rules they were counted under into named attributes', () => {
    const rescheduled = {
      reason: 'sla_clock_resumed',
      previous: {
        acknowledgeBy: '2024-05-01T09:10:00.000Z',
        resolveBy: '2024-05-01T11:00:00.000Z',
      },
      deadlines: {
        acknowledgeBy: '2024-05-01T09:10:00.000Z',
        resolveBy: '2024-05-01T12:00:00.000Z',
      },
      rules: {
        clocks: { acknowledge: 'calendar', resolve: 'business' },
        calendar: {
          key: 'ams-desk',
          version: 4,
          timeZone: 'Europe/Amsterdam',
          timeZoneData: '2025b',
        },
      },
      rescheduledAt: '2024-05-01T10:00:00.000Z',
    };
    expect(attributes('DeadlinesRescheduled', rescheduled)).toMatchObject({
      reason: 'sla_clock_resumed',
      previousAcknowledgeBy: '2024-05-01T09:10:00.000Z',
      previousResolveBy: '2024-05-01T11:00:00.000Z',
      acknowledgeBy: '2024-05-01T09:10:00.000Z',
      resolveBy: '2024-05-01T12:00:00.000Z',
      acknowledgeClock: 'calendar',
      resolveClock: 'business',
      calendarKey: 'ams-desk',
      calendarVersion: 4,
      timeZone: 'Europe/Amsterdam',
      timeZoneData: '2025b',
    });
    const aroundTheClock = attributes('DeadlinesRescheduled', {
      ...rescheduled,
      rules: { clocks: { acknowledge: 'calendar', resolve: 'calendar' } },
    });
    expect(Object.keys(aroundTheClock)).not.toContain('calendarKey');
  });

  it('declares each attribute it writes on the event type, with its OCEL type', () => {
    const declared = (name: string) =>
      Object.fromEntries(
        OCEL_EVENT_TYPES.find((type) => type.name === name)!.attributes.map((a) => [
          a.name,
          a.type,
        ]),
      );
    expect(declared('SlaClockResumed')).toMatchObject({
      trigger: 'string',
      pausedAt: 'time',
      pausedMs: 'integer',
      businessPausedMs: 'integer',
    });
    expect(declared('DeadlinesRescheduled')).toMatchObject({
      previousResolveBy: 'time',
      calendarVersion: 'integer',
    });
    expect(declared('NoteAdded')).toEqual({
      resource: 'string',
      role: 'string',
      policyKey: 'string',
      policyVersion: 'integer',
    });
  });
});
