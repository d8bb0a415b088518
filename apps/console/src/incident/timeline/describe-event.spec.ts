import { type StoredEvent } from '../../api/incident-types';
import { isDecision } from './decision-events';
import { describeEvent, type WordingContext } from './describe-event';
import { eventActor } from './event-actor';
import { withQuietSpans } from './quiet-spans';

const FIONA = { id: 'fiona', role: 'frontline', name: 'Fiona' };
const SYSTEM = { id: 'system', role: 'system' };
const SAM = { id: 'sam', role: 'frontline', name: 'Sam' };
const AMS_DESK = {
  key: 'ams-desk',
  version: 2,
  timeZone: 'Europe/Amsterdam',
  timeZoneData: '2025b',
};
const TAXI_RULE = { type: 'taxi', currency: 'EUR', frontlineLimit: 25, supervisorLimit: 150 };

function stored(
  type: string,
  data: Record<string, unknown>,
  occurredAt = '2026-12-01T10:00:00.000Z',
): StoredEvent {
  return {
    eventId: `${type}-id`,
    streamVersion: 1,
    globalPosition: 1,
    type,
    data,
    metadata: { actor: SYSTEM, correlationId: 'c' },
    occurredAt,
    recordedAt: occurredAt,
    hash: 'h',
    prevHash: 'p',
  };
}

const context: WordingContext = {
  when: (iso) => `${iso.slice(11, 16)} UTC`,
  promiseText: (id) => (id === 'p1' ? 'A taxi within 20 minutes' : undefined),
};

describe('describeEvent', () => {
  it('names the frontline limit a remedy was granted within', () => {
    const event = stored('RemedyApproved', {
      remedyType: 'taxi',
      amount: 20,
      currency: 'EUR',
      approvedBy: FIONA,
      via: 'within_limit',
      rule: TAXI_RULE,
      requiredAuthority: 'frontline',
    });
    expect(describeEvent(event, context)).toBe(
      'Remedy approved at once: taxi 20 EUR, within the frontline limit of 25 EUR',
    );
  });

  it('says a proposal above the limit waits for a supervisor, with both limits', () => {
    const event = stored('RemedyProposed', {
      remedyType: 'taxi',
      amount: 90,
      currency: 'EUR',
      description: 'Taxi to the airport',
      withinProposerAuthority: false,
      requiredAuthority: 'supervisor',
      rule: TAXI_RULE,
    });
    expect(describeEvent(event, context)).toBe(
      'Proposed taxi 90 EUR (Taxi to the airport): a supervisor must approve, above the frontline limit of 25 EUR, within the supervisor limit of 150 EUR',
    );
  });

  it('quotes the reason of a denial and how long the decision took', () => {
    const event = stored('ApprovalDenied', {
      amount: 90,
      currency: 'EUR',
      reason: 'A bus leaves in 5 minutes',
      elapsedMs: 240_000,
      withinDeadline: true,
    });
    expect(describeEvent(event, context)).toBe(
      'Denied 90 EUR after 4 min: “A bus leaves in 5 minutes”',
    );
  });

  it('names a kept promise by the description it was made with, and its lateness', () => {
    const event = stored('PromiseKept', { promiseId: 'p1', onTime: false, latenessMs: 180_000 });
    expect(describeEvent(event, context)).toBe(
      'Kept the promise “A taxi within 20 minutes” 3 min late',
    );
  });

  it('explains an escalation with its rung, target, reason and rule', () => {
    const event = stored('IncidentEscalated', {
      reason: 'acknowledgement_overdue',
      level: 2,
      to: 'manager',
      after: 'PT15M',
    });
    expect(describeEvent(event, context)).toBe(
      'Escalated to rung 2 (manager): nobody acknowledged in time; the rule escalates 15 min after the missed deadline',
    );
  });

  it('states a promise with its due time and who keeps it', () => {
    const event = stored('PromiseMade', {
      description: 'Call back',
      dueAt: '2026-12-01T11:30:00.000Z',
      fulfilledBy: { kind: 'team', id: 'warehouse-ams' },
      requiresConfirmation: true,
      confirmBy: '2026-12-01T10:10:00.000Z',
    });
    expect(describeEvent(event, context)).toBe(
      'Promised “Call back” by 11:30 UTC, kept by team warehouse-ams; they must confirm by 10:10 UTC',
    );
  });

  it('writes the outcome of a resolution in words and against its deadline', () => {
    const event = stored('IncidentResolved', {
      outcome: 'no_fault_found',
      summary: 'Car was fine',
      elapsedMs: 2 * 3_600_000,
      withinDeadline: false,
    });
    expect(describeEvent(event, context)).toBe(
      'Resolved (no fault found) after 2 h, after the deadline: Car was fine',
    );
  });

  it('states the pinned policy and its deadlines in words at the opening', () => {
    const event = stored('IncidentOpened', {
      kind: 'complaint',
      channel: 'in_person',
      summary: 'Car will not start',
      policy: { key: 'breakdowns', version: 3 },
      sla: { acknowledgeWithin: 'PT10M', resolveWithin: 'P1DT2H' },
    });
    expect(describeEvent(event, context)).toBe(
      'Opened a complaint (in person): Car will not start. Policy breakdowns v3: acknowledge within 10 min, resolve within 1 d 2 h',
    );
  });

  it('names the calendar a business clock counts in at the opening', () => {
    const event = stored('IncidentOpened', {
      kind: 'incident',
      channel: 'phone',
      summary: 'Flat tyre',
      policy: { key: 'breakdowns', version: 4 },
      sla: { acknowledgeWithin: 'PT10M', resolveWithin: 'PT2H' },
      deadlineRules: {
        clocks: { acknowledge: 'calendar', resolve: 'business' },
        calendar: AMS_DESK,
      },
    });
    expect(describeEvent(event, context)).toBe(
      'Opened an incident (phone): Flat tyre. Policy breakdowns v4: acknowledge within 10 min, resolve within 2 h (business hours, ams-desk v2, Europe/Amsterdam)',
    );
  });

  it('quotes why the resolve clock was paused and when it was due', () => {
    const event = stored('SlaClockPaused', {
      reason: 'waiting for the rental agreement',
      pausedBy: SAM,
      pausedAt: '2026-12-01T13:05:00.000Z',
      resolveBy: '2026-12-01T15:00:00.000Z',
    });
    expect(describeEvent(event, context)).toBe(
      'Paused the resolve clock: waiting for the rental agreement; it was due 15:00 UTC',
    );
    expect(eventActor(event)).toBe('Sam (frontline)');
  });

  it.each([
    ['customer_contacted', 'Resolve clock resumed after 2 h 10 min (the customer got in touch)'],
    ['resume_requested', 'Resolve clock resumed after 2 h 10 min of waiting on the customer'],
    ['incident_resolved', 'Wait on the customer ended after 2 h 10 min: resolved while waiting'],
  ])('says what ended a pause of 2 h 10 min (%s)', (trigger, sentence) => {
    const event = stored('SlaClockResumed', {
      trigger,
      resumedBy: SAM,
      pausedAt: '2026-12-01T13:05:00.000Z',
      resumedAt: '2026-12-01T15:15:00.000Z',
      pausedMs: 2 * 3_600_000 + 10 * 60_000,
    });
    expect(describeEvent(event, context)).toBe(sentence);
  });

  it('says which deadline moved, by how much, and under which calendar', () => {
    const event = stored('DeadlinesRescheduled', {
      reason: 'sla_clock_resumed',
      previous: {
        acknowledgeBy: '2026-12-01T10:10:00.000Z',
        resolveBy: '2026-12-01T15:00:00.000Z',
      },
      deadlines: {
        acknowledgeBy: '2026-12-01T10:10:00.000Z',
        resolveBy: '2026-12-01T17:10:00.000Z',
      },
      rules: { clocks: { acknowledge: 'calendar', resolve: 'business' }, calendar: AMS_DESK },
    });
    expect(describeEvent(event, context)).toBe(
      'Resolve deadline moved 2 h 10 min later, from 15:00 UTC to 17:10 UTC, counted in business hours, ams-desk v2, Europe/Amsterdam (after the wait on the customer)',
    );
  });

  it('says the deadlines stayed when a missed one could not move', () => {
    const deadlines = {
      acknowledgeBy: '2026-12-01T10:10:00.000Z',
      resolveBy: '2026-12-01T12:00:00.000Z',
    };
    const event = stored('DeadlinesRescheduled', {
      reason: 'sla_clock_resumed',
      previous: deadlines,
      deadlines,
      rules: { clocks: { acknowledge: 'calendar', resolve: 'calendar' } },
    });
    expect(describeEvent(event, context)).toBe(
      'Deadlines kept after the wait on the customer: resolve by 12:00 UTC',
    );
  });

  it('still says something for an event type it does not know', () => {
    expect(describeEvent(stored('SomethingNewHappened', {}), context)).toBe(
      'something new happened',
    );
  });
});

describe('eventActor', () => {
  it('names the person in the data, with their role', () => {
    expect(eventActor(stored('NoteAdded', { text: 'x', author: FIONA }))).toBe('Fiona (frontline)');
  });

  it('calls timers and intake System', () => {
    expect(eventActor(stored('AcknowledgementOverdue', { deadline: 'x' }))).toBe('System');
  });
});

describe('isDecision', () => {
  it('keeps approvals, remedies, resolutions, pauses and moved deadlines and drops notes and clock ticks', () => {
    const types = [
      'ApprovalGranted',
      'RemedyApproved',
      'IncidentResolved',
      'SlaClockPaused',
      'DeadlinesRescheduled',
      'NoteAdded',
      'AcknowledgementOverdue',
      'SlaClockResumed',
    ];
    expect(types.filter((type) => isDecision(stored(type, {})))).toEqual([
      'ApprovalGranted',
      'RemedyApproved',
      'IncidentResolved',
      'SlaClockPaused',
      'DeadlinesRescheduled',
    ]);
  });
});

describe('withQuietSpans', () => {
  it('puts one quiet marker between events an hour or more apart', () => {
    const events = [
      stored('A', {}, '2026-12-01T10:00:00.000Z'),
      stored('B', {}, '2026-12-01T10:30:00.000Z'),
      stored('C', {}, '2026-12-03T10:30:00.000Z'),
    ];
    expect(
      withQuietSpans(events).map((item) =>
        item.kind === 'quiet' ? `quiet ${item.spanMs}` : item.event.type,
      ),
    ).toEqual(['A', 'B', `quiet ${2 * 86_400_000}`, 'C']);
  });
});
