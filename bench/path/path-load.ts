import { setTimeout as sleep } from 'node:timers/promises';
import { incidentStreamId } from '@recovery/domain';
import { type DataSource } from 'typeorm';
import { closedLoop } from '../support/closed-loop';
import { type JsonHttp } from '../support/json-http';
import { type FeedbackOutcome, walkIncidentPath } from './incident-path';

/** What the load did: the incidents in the order their paths finished, and when it ran. */
export interface PathLoad {
  incidentIds: string[];
  feedback: Record<FeedbackOutcome, number>;
  startedAtMs: number;
  /** When the last of them recorded IncidentClosed. */
  closedAtMs: number;
  /** Every path's time from the POST that opened it to its feedback, ms ascending. */
  pathMs: number[];
}

/**
 * Walks `incidents` incidents through the path, `concurrency` at a time, then
 * waits until every one has recorded IncidentClosed, for at most `closeWithinS`
 * seconds after the last feedback; throws, with how many did not, if some never do.
 */
export async function runPathLoad(
  http: JsonHttp,
  dataSource: DataSource,
  plan: { policyKey: string; incidents: number; concurrency: number; closeWithinS: number },
): Promise<PathLoad> {
  const incidentIds: string[] = [];
  const feedback: Record<FeedbackOutcome, number> = { answered: 0, late: 0 };
  let remaining = plan.incidents;
  const startedAtMs = Date.now();
  const walked = await closedLoop(plan.concurrency, Infinity, async () => {
    if (remaining <= 0) return false;
    remaining -= 1;
    const { incidentId, feedback: outcome } = await walkIncidentPath(http, plan.policyKey);
    incidentIds.push(incidentId);
    feedback[outcome] += 1;
    return true;
  });
  const closedAtMs = await allClosed(dataSource, incidentIds, plan.closeWithinS);
  return { incidentIds, feedback, startedAtMs, closedAtMs, pathMs: walked.latenciesMs };
}

/** Polls the store until each incident has its IncidentClosed; when the last one was recorded. */
async function allClosed(
  dataSource: DataSource,
  incidentIds: readonly string[],
  withinS: number,
): Promise<number> {
  const streams = incidentIds.map(incidentStreamId);
  const deadline = Date.now() + withinS * 1000;
  for (;;) {
    const [row] = await dataSource.query<{ closed: string; last: Date | null }[]>(
      `SELECT count(*) AS closed, max(recorded_at) AS last
         FROM events WHERE type = 'IncidentClosed' AND stream_id = ANY($1)`,
      [streams],
    );
    const closed = Number(row.closed);
    if (closed === streams.length) return row.last!.getTime();
    if (Date.now() > deadline)
      throw new Error(
        `only ${closed} of ${streams.length} incidents closed within ${withinS} s of the last feedback`,
      );
    await sleep(500);
  }
}
