/**
 * Business time for the recovery workflow (issue 12). Counting it reads time-zone
 * rules, which replayed code must not evaluate (CALENDARS.md, trap 8), so whenever
 * an incident's deadlines depend on its site's calendar the arithmetic runs in a
 * local activity and the workflow only waits for the instants it answered (recorded
 * in history). Incidents whose clocks all count calendar time never call it.
 */
import { proxyLocalActivities } from '@temporalio/workflow';
import {
  countsBusinessTime,
  type DeadlineQuote,
  type EscalationRung,
  type IncidentCommand,
  type IsoTimestamp,
  quoteDeadlines,
  wallClock,
} from '@recovery/domain';
import { type RecoveryActivities } from './incident-recovery.activities';
import { type RecoveryRun } from './recovery-run';

const { quoteBusinessDeadlines, nextBusinessOpening } = proxyLocalActivities<RecoveryActivities>({
  summary: 'business hours',
  startToCloseTimeout: '5 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds' },
});

/**
 * True for a command whose events carry business time: one that starts or resumes
 * an SLA clock (deadlines), or stops one (how long it ran in open time).
 */
function needsQuote(run: RecoveryRun, command: IncidentCommand): boolean {
  const paused = run.state.pausedAt !== undefined;
  switch (command.type) {
    case 'OpenIncident':
    case 'Acknowledge':
    case 'Resolve':
    case 'Reopen':
      return true;
    case 'Resume':
      return paused;
    case 'ContactCustomer':
      return paused && command.data.direction === 'inbound';
    case 'AddNote':
    case 'ProposeRemedy':
    case 'DecideApproval':
    case 'MakePromise':
    case 'ConfirmPromise':
    case 'KeepPromise':
    case 'RecordFeedback':
    case 'Reassign':
    case 'WaitForCustomer':
      return false;
    default: {
      const unhandled: never = command;
      throw new Error(`no quote rule for ${(unhandled as IncidentCommand).type}`);
    }
  }
}

/** The deadline quote a command decides with; undefined for one that needs none. */
export async function quoteFor(
  run: RecoveryRun,
  command: IncidentCommand,
): Promise<DeadlineQuote | undefined> {
  if (!needsQuote(run, command)) return undefined;
  const policy = run.policy.document;
  const { calendar } = run;
  const { status, pausedAt, deadlines, openedAt, resolutionClockStartedAt } = run.state;
  const clocks = { status, pausedAt, deadlines, openedAt, resolutionClockStartedAt };
  if (calendar === undefined || !countsBusinessTime(policy))
    return quoteDeadlines(clocks, policy, run.now(), wallClock);
  return quoteBusinessDeadlines({ clocks, policy, now: run.now(), calendar });
}

/** When a rung due at `at` climbs: then, or at the site's next opening for a business-hours-only rung. */
export async function rungTime(
  run: RecoveryRun,
  rung: EscalationRung,
  at: IsoTimestamp,
): Promise<IsoTimestamp> {
  const { calendar } = run;
  if (rung.businessHoursOnly !== true || calendar === undefined) return at;
  return nextBusinessOpening({ calendar, at });
}
