import { type IncidentEventData, type IncidentEventType } from '@recovery/domain';
import { type StoredEvent } from '@recovery/event-store';
import { type AuditStatement } from './audit-statement';
import { incidentStatements } from './incident.statements';
import { slaPauseStatements } from './sla-pause.statements';

// What the audit records of issue 12's fields, and of events recorded before them.
const INCIDENT = '4b1f8f0e-3c55-4c1e-9a44-2f4ad3f0d0a1';
const EVENT_ID = '0d9f4a52-8f53-4c35-a9e3-7a2f2f7f6b11';
const stored: StoredEvent = {
  eventId: EVENT_ID,
  streamId: `incident-${INCIDENT}`,
  streamVersion: 1,
  globalPosition: 1,
  transactionId: 1,
  type: 'IncidentOpened',
  schemaVersion: 1,
  data: {},
  metadata: { actor: { id: 'fiona', role: 'frontline' }, correlationId: 'c' },
  personalData: null,
  occurredAt: new Date('2024-05-01T10:00:00.000Z'),
  recordedAt: new Date('2024-05-01T10:00:00.000Z'),
  hash: '',
  prevHash: '',
};

// Data as the projection receives it: stored JSON, fields possibly missing.
function recordOf<T extends IncidentEventType>(
  statement: AuditStatement<T>,
  data: Record<string, unknown>,
) {
  const event = { incidentId: INCIDENT, event: stored };
  return statement.record(data as unknown as IncidentEventData<T>, event);
}

describe('the opening', () => {
  const [opened] = incidentStatements.IncidentOpened;

  it('names each clock’s kind of time and the calendar version it was counted in', () => {
    const record = recordOf(opened, {
      deadlineRules: {
        clocks: { acknowledge: 'calendar', resolve: 'business' },
        calendar: {
          key: 'ams-desk',
          version: 4,
          timeZone: 'Europe/Amsterdam',
          timeZoneData: '2025b',
        },
      },
    });
    expect(record).toMatchObject({
      acknowledge_clock: 'calendar',
      resolve_clock: 'business',
      calendar_key: 'ams-desk',
      calendar_version: 4,
    });
  });

  it('counts calendar time under no calendar for an opening recorded before issue 12', () => {
    expect(recordOf(opened, {})).toMatchObject({
      acknowledge_clock: 'calendar',
      resolve_clock: 'calendar',
      calendar_key: null,
      calendar_version: null,
    });
  });
});

describe('acknowledgement and first resolution', () => {
  const [acknowledged] = incidentStatements.IncidentAcknowledged;
  const [firstResolved] = incidentStatements.IncidentResolved;

  it('records the business time the event carries beside its calendar time', () => {
    expect(recordOf(acknowledged, { elapsedMs: 900_000, businessElapsedMs: 0 })).toMatchObject({
      elapsed_ms: 900_000,
      business_ms: 0,
    });
    expect(
      recordOf(firstResolved, {
        elapsedMs: 7_200_000,
        businessElapsedMs: 3_000_000,
        pausedMs: 600_000,
      }),
    ).toMatchObject({ elapsed_ms: 7_200_000, business_ms: 3_000_000 });
  });

  it('takes the calendar time as business time for events recorded before issue 12', () => {
    expect(recordOf(acknowledged, { elapsedMs: 900_000 })).toMatchObject({ business_ms: 900_000 });
    expect(recordOf(firstResolved, { elapsedMs: 7_200_000 })).toMatchObject({
      business_ms: 7_200_000,
    });
  });
});

describe('an ended pause', () => {
  const [ended, totals] = slaPauseStatements.SlaClockResumed;
  const resumed = {
    trigger: 'incident_resolved',
    pausedAt: '2024-05-01T09:00:00.000Z',
    resumedAt: '2024-05-01T10:00:00.000Z',
    pausedMs: 3_600_000,
    businessPausedMs: 1_800_000,
  };

  it('is one row keyed by its event, so a replayed event finds its row already there', () => {
    expect(recordOf(ended, resumed)).toEqual({
      event_id: EVENT_ID,
      incident_id: INCIDENT,
      paused_at: resumed.pausedAt,
      resumed_at: resumed.resumedAt,
      paused_ms: 3_600_000,
      business_paused_ms: 1_800_000,
      trigger: 'incident_resolved',
    });
    expect(ended.sql).toContain('ON CONFLICT (event_id) DO NOTHING');
  });

  it('is skipped when it does not say how long the clock stood still', () => {
    expect(recordOf(ended, { ...resumed, pausedMs: undefined })).toBeNull();
  });

  it('recomputes its incident’s totals from the rows, once per incident per batch', () => {
    expect(recordOf(totals, resumed)).toEqual({ incident_id: INCIDENT });
    expect(totals.pick).toBe('first');
  });

  it('changes no figure when it starts or when deadlines move', () => {
    expect(slaPauseStatements.SlaClockPaused).toEqual([]);
    expect(slaPauseStatements.DeadlinesRescheduled).toEqual([]);
  });
});
