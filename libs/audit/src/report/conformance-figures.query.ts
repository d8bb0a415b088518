import { type MinorUnits, SERVICE_LEVELS, type ServiceLevel, toMajorUnits } from '@recovery/domain';
import { DataSource } from 'typeorm';
import { filterParameters, share, wholeMs, type AuditFilter } from './audit-filter';
import {
  AMOUNTS_SQL,
  APPROVAL_SQL,
  ESCALATION_SQL,
  FOLLOW_UP_SQL,
  INCIDENT_FIGURES_SQL,
  PROMISE_SQL,
  REMEDY_SQL,
} from './conformance.sql';
import { type AmountsGranted, type ConformanceFigures } from './conformance-report.types';
import { timePausedFigures, type TimePausedRow } from './time-paused.figures';

type Row = Record<string, number | string | null>;

/** Computes every figure of the conformance report; the sections run concurrently on the pool. */
export async function queryFigures(
  dataSource: DataSource,
  filter: AuditFilter,
): Promise<ConformanceFigures> {
  const params = filterParameters(filter);
  const run = <T = Row>(sql: string) => dataSource.query<T[]>(sql, params);
  const [[incidents], escalations, [remedies], amounts, [approvals], [promises], [followUps]] =
    await Promise.all([
      run<Row & TimePausedRow>(INCIDENT_FIGURES_SQL),
      run(ESCALATION_SQL),
      run(REMEDY_SQL),
      run(AMOUNTS_SQL),
      run(APPROVAL_SQL),
      run(PROMISE_SQL),
      run(FOLLOW_UP_SQL),
    ]);
  const total = int(incidents.incidents);
  return {
    incidents: total,
    acknowledgement: acknowledgementFigures(incidents),
    escalation: escalationFigures(escalations, total),
    remedies: remedyFigures(remedies, approvals, amounts),
    promises: promiseFigures(promises),
    resolution: resolutionFigures(incidents),
    timePaused: timePausedFigures(incidents, total),
    followUp: followUpFigures(followUps),
    channels: {
      written: int(incidents.written),
      verbal: int(incidents.verbal),
      system: int(incidents.system),
    },
  };
}

function acknowledgementFigures(row: Row): ConformanceFigures['acknowledgement'] {
  return {
    acknowledged: int(row.acknowledged),
    medianMs: ms(row.ack_median),
    p90Ms: ms(row.ack_p90),
    businessMedianMs: ms(row.ack_business_median),
    businessP90Ms: ms(row.ack_business_p90),
    businessClock: int(row.ack_business_clock),
    withinDeadline: int(row.ack_within),
    decided: int(row.ack_decided),
    shareWithin: share(int(row.ack_within), int(row.ack_decided)),
    overdue: int(row.ack_overdue),
  };
}

function escalationFigures(rows: Row[], incidents: number): ConformanceFigures['escalation'] {
  const totalRow = rows.find((row) => row.level === null);
  const escalated = totalRow ? int(totalRow.incidents) : 0;
  return {
    escalatedIncidents: escalated,
    share: share(escalated, incidents),
    byRung: rows
      .filter((row) => row.level !== null)
      .map((row) => ({
        level: int(row.level),
        incidents: int(row.incidents),
        share: share(int(row.incidents), incidents),
      })),
  };
}

function remedyFigures(
  remedies: Row,
  approvals: Row,
  amounts: Row[],
): ConformanceFigures['remedies'] {
  return {
    proposed: int(remedies.proposed),
    grantedWithinFrontlineLimits: int(remedies.granted_at_once),
    sentForApproval: int(approvals.requested),
    approvalsGranted: int(approvals.granted),
    approvalsDenied: int(approvals.denied),
    approvalsExpired: int(approvals.expired),
    granted: int(remedies.granted),
    delivered: int(remedies.delivered),
    medianTimeToDecisionMs: ms(approvals.decision_median),
    amountsGranted: amounts.map((row): AmountsGranted => ({
      currency: String(row.currency),
      grants: int(row.grants),
      total: toMajorUnits(int(row.total) as MinorUnits, String(row.currency)),
      withinFrontlineLimit: int(row.within_frontline),
      withinSupervisorLimit: int(row.within_supervisor),
      aboveSupervisorLimit: int(row.above_supervisor),
    })),
    violations: int(remedies.violations) + int(approvals.violations),
  };
}

function promiseFigures(row: Row): ConformanceFigures['promises'] {
  return {
    made: int(row.made),
    requiringConfirmation: int(row.requiring_confirmation),
    confirmed: int(row.confirmed),
    unconfirmed: int(row.unconfirmed),
    kept: int(row.kept),
    keptOnTime: int(row.kept_on_time),
    broken: int(row.broken),
    keepRate: share(int(row.kept_on_time), int(row.settled)),
    medianLatenessMs: ms(row.lateness_median),
  };
}

function resolutionFigures(row: Row): ConformanceFigures['resolution'] {
  return {
    resolved: int(row.resolved),
    medianMs: ms(row.resolve_median),
    p90Ms: ms(row.resolve_p90),
    businessMedianMs: ms(row.resolve_business_median),
    businessP90Ms: ms(row.resolve_business_p90),
    businessClock: int(row.resolve_business_clock),
    withinDeadline: int(row.resolved_within),
    decided: int(row.resolution_decided),
    shareWithin: share(int(row.resolved_within), int(row.resolution_decided)),
    overdue: int(row.resolution_overdue),
    reopened: int(row.reopened),
    reopenRate: share(int(row.reopened), int(row.resolved)),
  };
}

function followUpFigures(row: Row): ConformanceFigures['followUp'] {
  const distribution = Object.fromEntries(
    SERVICE_LEVELS.map((level) => [level, int(row[level])]),
  ) as Record<ServiceLevel, number>;
  return {
    sent: int(row.sent),
    answered: int(row.answered),
    unanswered: int(row.unanswered),
    averageScore: num(row.average_score),
    distribution,
  };
}

// node-postgres returns int8 as a string and float8 as a number.
function int(value: number | string | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

function ms(value: number | string | null | undefined): number | null {
  return wholeMs(num(value));
}

function num(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
