import { randomUUID } from 'node:crypto';
import { type DeadlineRules } from '@recovery/domain';
import { type NewEvent } from '@recovery/event-store';
import { HistoryBuilder } from '../../../bench/audit/incident-history';
import { type IncidentScenario } from '../../../bench/audit/incident-scenario';
import { MINUTE } from './known-history';

/**
 * One incident of the issue-12 history, by what happened (offsets in minutes from
 * opening). `business` figures are what the workflow would have recorded; absent on
 * an incident recorded before issue 12, whose events carry no business time.
 */
export interface PausedIncident {
  rules?: DeadlineRules;
  acknowledgeAfter: number;
  acknowledgeBusiness?: number;
  /** Each pause: when it starts and how long it lasts; `endsWithResolution` for one the resolution ends. */
  pauses: { at: number; lasts: number; endsWithResolution?: boolean }[];
  resolveAfter: number;
  resolveBusiness?: number;
}

const HOUR = 60 * MINUTE;

/** The calendar version the business-clock incidents name. */
export const CALENDAR_USE = {
  key: 'audit-desk',
  version: 3,
  timeZone: 'Europe/Amsterdam',
  timeZoneData: '2025b',
};

/** A resolve clock counting business time in {@link CALENDAR_USE}. */
export const BUSINESS_RESOLVE: DeadlineRules = {
  clocks: { acknowledge: 'calendar', resolve: 'business' },
  calendar: CALENDAR_USE,
};

/** Calendar clocks at a site open around the clock (no calendar). */
export const AROUND_THE_CLOCK: DeadlineRules = {
  clocks: { acknowledge: 'calendar', resolve: 'calendar' },
};

/** The incidents' streams, one per incident, under a policy key unique to the run. */
export function pausedHistory(
  incidents: PausedIncident[],
  openedFrom: Date,
): { policyKey: string; streams: Map<string, NewEvent[]> } {
  const runId = randomUUID().slice(0, 8);
  const policyKey = `audit-pauses-${runId}`;
  const streams = new Map<string, NewEvent[]>();
  incidents.forEach((incident, i) => {
    const scenario = scenarioOf(policyKey, runId, new Date(openedFrom.getTime() + i * 3_600_000));
    streams.set(scenario.incidentId, eventsOf(new HistoryBuilder(scenario), incident));
  });
  return { policyKey, streams };
}

function scenarioOf(policyKey: string, runId: string, openedAt: Date): IncidentScenario {
  return {
    incidentId: randomUUID(),
    openedAt,
    site: `desk-${runId}`,
    category: 'vehicle_breakdown',
    channel: 'phone',
    kind: 'complaint',
    policy: { key: policyKey, version: 1, acknowledgeWithinMs: HOUR, resolveWithinMs: 8 * HOUR },
    staffId: `staff-${runId}`,
    acknowledgeAfterMs: 0,
    escalationRungs: 0,
    remedies: [],
    promises: [],
    resolveAfterMs: 0,
    reopened: false,
    followUp: 'none',
  };
}

function eventsOf(h: HistoryBuilder, incident: PausedIncident): NewEvent[] {
  const { policy } = h.scenario;
  const deadlines = { acknowledgeBy: h.time(HOUR), resolveBy: h.time(8 * HOUR) };
  h.add(
    'IncidentOpened',
    0,
    {
      kind: 'complaint',
      channel: 'phone',
      category: 'vehicle_breakdown',
      severity: 'high',
      customerRef: 'customer-1',
      site: h.scenario.site,
      summary: 'Car does not start',
      policy: { key: policy.key, version: policy.version },
      sla: {
        acknowledgeWithin: 'PT1H',
        resolveWithin: 'PT8H',
        acknowledgeWithinMs: HOUR,
        resolveWithinMs: 8 * HOUR,
      },
      deadlines,
      ...(incident.rules && { deadlineRules: incident.rules }),
      openedBy: h.staff,
      openedAt: h.time(0),
    },
    h.staff,
  );
  const ackAt = incident.acknowledgeAfter * MINUTE;
  h.add(
    'IncidentAcknowledged',
    ackAt,
    {
      acknowledgedBy: h.staff,
      acknowledgedAt: h.time(ackAt),
      elapsedMs: ackAt,
      ...(incident.acknowledgeBusiness !== undefined && {
        businessElapsedMs: incident.acknowledgeBusiness * MINUTE,
      }),
      deadline: deadlines.acknowledgeBy,
      withinDeadline: true,
    },
    h.staff,
  );
  let resolveBy = 8 * HOUR;
  for (const pause of incident.pauses) resolveBy = addPause(h, pause, resolveBy, incident.rules);
  const resolveAt = incident.resolveAfter * MINUTE;
  const pausedMs = incident.pauses.reduce((sum, pause) => sum + pause.lasts * MINUTE, 0);
  h.add(
    'IncidentResolved',
    resolveAt,
    {
      outcome: 'fixed',
      summary: 'Replacement arranged',
      resolvedBy: h.staff,
      resolvedAt: h.time(resolveAt),
      elapsedMs: resolveAt,
      ...(incident.resolveBusiness !== undefined && {
        businessElapsedMs: incident.resolveBusiness * MINUTE,
        pausedMs,
      }),
      deadline: deadlines.resolveBy,
      withinDeadline: true,
    },
    h.staff,
  );
  return h.events;
}

/** A pause, its end and (unless the resolution ends it) the moved deadline; returns the new resolve deadline. */
function addPause(
  h: HistoryBuilder,
  pause: PausedIncident['pauses'][number],
  resolveBy: number,
  rules: DeadlineRules | undefined,
): number {
  const pausedAt = h.time(pause.at * MINUTE);
  const end = (pause.at + pause.lasts) * MINUTE;
  h.add(
    'SlaClockPaused',
    pause.at * MINUTE,
    {
      reason: 'Waiting for the rental agreement',
      pausedBy: h.staff,
      pausedAt,
      resolveBy: h.time(resolveBy),
    },
    h.staff,
  );
  h.add(
    'SlaClockResumed',
    end,
    {
      trigger: pause.endsWithResolution ? 'incident_resolved' : 'resume_requested',
      resumedBy: h.staff,
      pausedAt,
      resumedAt: h.time(end),
      pausedMs: pause.lasts * MINUTE,
      businessPausedMs: pause.lasts * MINUTE,
    },
    h.staff,
  );
  if (pause.endsWithResolution || !rules) return resolveBy;
  const moved = resolveBy + pause.lasts * MINUTE;
  h.add('DeadlinesRescheduled', end, {
    reason: 'sla_clock_resumed',
    previous: { acknowledgeBy: h.time(HOUR), resolveBy: h.time(resolveBy) },
    deadlines: { acknowledgeBy: h.time(HOUR), resolveBy: h.time(moved) },
    rules,
    rescheduledAt: h.time(end),
  });
  return moved;
}
