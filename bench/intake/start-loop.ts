import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { type OpenIncidentCommand, type PinnedPolicy } from '@recovery/domain';
import { incidentWorkflowId } from '@recovery/incidents';
import { type IncidentRecoveryInput } from '@recovery/workflows';
import { type BenchSystem } from './bench-system';

/** What every benchmarked incident is opened with, through HTTP and through the bare client alike. */
export const OPEN_BODY: Omit<OpenIncidentCommand, 'incidentId'> = {
  kind: 'complaint',
  channel: 'phone',
  category: 'vehicle_breakdown',
  severity: 'high',
  customerRef: 'C-1',
  site: 'AMS',
  summary: 'bench',
};

/** Throughput and latency of one measured loop. */
export interface LoopResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** The p-th percentile (0–100) of sorted values. */
export function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * The baselines: `connections` concurrent loops of bare `client.workflow.start` of
 * the same recovery workflow with the same input the API builds, for `seconds`;
 * with `awaitOpened`, each also waits (as the API does) until IncidentOpened is readable.
 */
export async function startLoop(
  system: Pick<BenchSystem, 'config' | 'awaitOpened'>,
  policy: PinnedPolicy,
  connections: number,
  seconds: number,
  awaitOpened: boolean,
): Promise<LoopResult> {
  const { address, namespace, taskQueue } = system.config.temporal;
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace });
  const latencies: number[] = [];
  const ids: string[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < until) {
      const incidentId = randomUUID();
      ids.push(incidentId);
      const input: IncidentRecoveryInput = {
        incidentId,
        correlationId: randomUUID(),
        start: { kind: 'open' },
      };
      const t0 = performance.now();
      await client.workflow.start('incidentRecovery', {
        workflowId: incidentWorkflowId(incidentId),
        taskQueue,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
      if (awaitOpened) await system.awaitOpened(incidentId);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  // Let the worker finish this phase's backlog so it does not slow the next one (untimed).
  for (const id of ids) await system.awaitOpened(id);
  await connection.close();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
