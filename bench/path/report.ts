import { ascending, median, quantile } from '../support/stats';
import { countByType, type HistoryEvent } from './history-events';
import { type PathLoad } from './path-load';
import { printByThirds, workflowTaskTimings } from './workflow-task-latency';

/** One incident's path: its domain events in order and its Temporal history by event type. */
export function printTypicalPath(
  domainEvents: readonly string[],
  history: readonly HistoryEvent[],
) {
  console.log(
    '\none incident alone, open → ack → remedy → promise → keep → resolve → follow-up → feedback → close:',
  );
  console.log(`  ${domainEvents.length} domain events: ${domainEvents.join(', ')}`);
  console.log(`  ${history.length} Temporal history events:`);
  for (const [type, count] of countByType(history))
    console.log(`    ${String(count).padStart(3)}  ${type}`);
}

/** What the load stored, how long it took, and how the customers' answers landed. */
export function printLoad(
  load: PathLoad,
  types: readonly { type: string; events: number }[],
  concurrency: number,
) {
  const wallS = (load.closedAtMs - load.startedAtMs) / 1000;
  const events = types.reduce((n, t) => n + t.events, 0);
  const closed = types.find((t) => t.type === 'IncidentClosed')?.events ?? 0;
  const seconds = (q: number): string => (quantile(load.pathMs, q) / 1000).toFixed(2);
  console.log(`\nload: ${load.incidentIds.length} incidents, ${concurrency} in flight`);
  console.log(`  IncidentClosed: ${closed} of ${load.incidentIds.length}`);
  console.log(`  wall time (first POST → last IncidentClosed): ${wallS.toFixed(1)} s`);
  console.log(
    `  domain events: ${events}, ${(events / wallS).toFixed(1)} events/s; ${(closed / wallS).toFixed(2)} incidents closed/s`,
  );
  console.log(
    `  one path (POST open → feedback answered): p50 ${seconds(0.5)} s, p99 ${seconds(0.99)} s`,
  );
  console.log(
    `  feedback: ${load.feedback.answered} in its window, ${load.feedback.late} late (follow-up already unanswered)`,
  );
  console.log(`  domain events by type: ${types.map((t) => `${t.type} ${t.events}`).join(', ')}`);
}

/** The sampled histories' lengths and their workflow tasks' latencies, third by third. */
export function printSample(load: PathLoad, histories: readonly HistoryEvent[][], every: number) {
  const lengths = ascending(histories.map((h) => h.length));
  console.log(
    `\nworkflow tasks of ${histories.length} sampled histories (1 incident in ${every}; history length median ${median(lengths)}, min ${lengths[0]}, max ${lengths.at(-1)}):`,
  );
  printByThirds(histories.flatMap(workflowTaskTimings), load.startedAtMs, load.closedAtMs);
}
