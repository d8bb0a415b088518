import { randomUUID } from 'node:crypto';
import { type Channel } from '@recovery/domain';
import {
  type IncidentScenario,
  type PromiseScenario,
  type RemedyScenario,
  SCENARIO_SUPERVISOR,
} from '../../../bench/audit/incident-scenario';

/**
 * 200 incidents with known answers (see conformance.int-spec.ts for the arithmetic).
 * Incident i is opened i hours after the start of a month; its policy key is unique to
 * this run, so the run's figures are isolated from everything else in the shared database.
 */
export interface KnownHistory {
  runId: string;
  policyKey: string;
  sites: [string, string];
  from: Date;
  to: Date;
  staffIds: string[];
  scenarios: IncidentScenario[];
}

const CHANNELS: Channel[] = ['phone', 'email', 'in_person', 'web'];
export const MINUTE = 60_000;

/** The 200-incident history the audit tests assert on. */
export function knownHistory(): KnownHistory {
  const runId = randomUUID().slice(0, 8);
  const policyKey = `audit-test-${runId}`;
  const sites: [string, string] = [`site-a-${runId}`, `site-b-${runId}`];
  const staffIds = [0, 1, 2].map((n) => `staff-${n}-${runId}`);
  // A month start between 2001 and 2020: far from live data, one month for the scorecard.
  const from = new Date(
    Date.UTC(2001 + Math.floor(Math.random() * 20), Math.floor(Math.random() * 12), 1),
  );
  const scenarios = Array.from({ length: 200 }, (_, i): IncidentScenario => ({
    incidentId: randomUUID(),
    openedAt: new Date(from.getTime() + i * 3_600_000),
    site: sites[i < 100 ? 0 : 1],
    category: 'vehicle_breakdown',
    channel: CHANNELS[i % 4],
    kind: 'complaint',
    policy: {
      key: policyKey,
      version: i % 2 === 0 ? 1 : 2,
      acknowledgeWithinMs: 90_000,
      resolveWithinMs: 120 * MINUTE,
    },
    staffId: staffIds[i % 3],
    acknowledgeAfterMs: (i + 1) * 1000,
    escalationRungs: i >= 150 ? 2 : i >= 90 ? 1 : 0,
    remedies: remediesOf(i, staffIds[i % 3]),
    promises: promisesOf(i),
    resolveAfterMs: 60 * MINUTE + (i % 10) * 15 * MINUTE,
    reopened: i % 20 === 0,
    followUp: followUpOf(i),
  }));
  return {
    runId,
    policyKey,
    sites,
    from,
    to: new Date(from.getTime() + 200 * 3_600_000),
    staffIds,
    scenarios,
  };
}

function remediesOf(i: number, staffId: string): RemedyScenario[] {
  switch (i % 5) {
    case 0: // granted at once; every fifth of them above the frontline limit: a violation
      return [{ amount: i % 25 === 0 ? 50 : 20, path: 'at_once' }];
    case 1: // granted by approval after 1…40 minutes; every fifth decided by its own requester
      return [
        {
          amount: 100,
          path: 'granted',
          decisionAfterMs: (Math.floor(i / 5) + 1) * MINUTE,
          ...(i % 25 === 1
            ? { approverId: staffId, approverRole: 'supervisor' as const }
            : { approverId: SCENARIO_SUPERVISOR }),
        },
      ];
    case 2:
      return [{ amount: 100, path: 'denied', decisionAfterMs: 50 * MINUTE }];
    case 3:
      return [{ amount: 100, path: 'expired', decisionAfterMs: 30 * MINUTE }];
    default:
      return [];
  }
}

function promisesOf(i: number): PromiseScenario[] {
  switch (i % 4) {
    case 0:
      return [{ outcome: 'kept_on_time', ...(i % 8 === 0 ? { confirmation: i % 16 === 0 } : {}) }];
    case 1:
      return [{ outcome: 'kept_late', latenessMs: 10 * MINUTE }];
    case 2:
      return [{ outcome: 'broken' }];
    default:
      return [];
  }
}

function followUpOf(i: number): IncidentScenario['followUp'] {
  const k = i % 10;
  if (k < 5) return { answer: { score: (k + 1) as 1 | 2 | 3 | 4 | 5 } };
  return k < 8 ? 'unanswered' : 'none';
}
