import { type ClockFigures, type ConformanceFigures } from '../api/audit-types';
import { CONFORMANCE_SECTIONS } from './conformance-rows';

const MINUTE = 60_000;

function clock(overrides: Partial<ClockFigures>): ClockFigures {
  return {
    medianMs: null,
    p90Ms: null,
    businessMedianMs: null,
    businessP90Ms: null,
    businessClock: 0,
    withinDeadline: 0,
    decided: 0,
    shareWithin: null,
    overdue: 0,
    ...overrides,
  };
}

/** Four incidents: one acknowledge and two resolve clocks counted business hours; one incident waited twice. */
const FIGURES = {
  incidents: 4,
  acknowledgement: {
    ...clock({
      medianMs: 5 * MINUTE,
      p90Ms: 9 * MINUTE,
      businessMedianMs: 2 * MINUTE,
      businessP90Ms: 3 * MINUTE,
      businessClock: 1,
    }),
    acknowledged: 4,
  },
  resolution: {
    ...clock({
      medianMs: 90 * MINUTE,
      p90Ms: 120 * MINUTE,
      businessMedianMs: 60 * MINUTE,
      businessP90Ms: 75 * MINUTE,
      businessClock: 2,
    }),
    resolved: 3,
    reopened: 0,
    reopenRate: 0,
  },
  timePaused: { incidentsPaused: 1, share: 0.25, pauses: 2, medianMs: 30 * MINUTE, p90Ms: null },
} as ConformanceFigures;

/** Each row of a section as "label: value" for these figures. */
function section(title: string): string[] {
  const found = CONFORMANCE_SECTIONS.find((each) => each.title === title)!;
  return found.rows.map((row) => `${row.label}: ${row.value(FIGURES)}`);
}

describe('conformance rows', () => {
  it('puts each acknowledgement percentile in calendar time beside business time, and counts business clocks', () => {
    expect(section('Acknowledgement').slice(0, 5)).toEqual([
      'p50 · opened → acknowledged: 5 min',
      'p50 · opened → acknowledged, business hours: 2 min',
      'p90 · opened → acknowledged: 9 min',
      'p90 · opened → acknowledged, business hours: 3 min',
      'Acknowledge deadline counted business hours (of opened): 1 of 4 (25 %)',
    ]);
  });

  it('gives the resolve clock’s business time without its pauses', () => {
    expect(section('Resolution').slice(0, 5)).toEqual([
      'p50 · opened or reopened → first resolved: 1 h 30 min',
      'p50 · opened or reopened → first resolved, business hours less time paused: 1 h',
      'p90 · opened or reopened → first resolved: 2 h',
      'p90 · opened or reopened → first resolved, business hours less time paused: 1 h 15 min',
      'Resolve deadline counted business hours (of opened): 2 of 4 (50 %)',
    ]);
  });

  it('shows the time paused: incidents paused of opened, pauses, and p50/p90 per paused incident', () => {
    expect(section('Time paused')).toEqual([
      'Incidents paused, waiting on the customer (of opened): 1 of 4 (25 %)',
      'Pauses ended: 2',
      'p50 · paused → resumed, summed per paused incident: 30 min',
      'p90 · paused → resumed, summed per paused incident: –',
    ]);
  });

  it('names every row of a section once, so each reads on its own', () => {
    for (const each of CONFORMANCE_SECTIONS) {
      const labels = each.rows.map((row) => row.label);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
