import { randomUUID } from 'node:crypto';
import proto from '@temporalio/proto';
import { incidentStreamId, selectPolicy } from '@recovery/domain';
import { EventStore, type NewEvent } from '@recovery/event-store';
import { incidentInlineProjections, incidentWorkflowId } from '@recovery/incidents';
import { PolicyVersionRepository } from '@recovery/policies';
import { eventTimeMs, type HistoryEvent } from '../path/history-events';
import { type BenchSystem } from '../support/bench-system';
import { closedLoop, type LoopResult } from '../support/closed-loop';
import { ascending, quantile } from '../support/stats';
import { type IntakeClients, OPEN_BODY } from './intake-client';
import { cpuByProcess, cpuSince } from './process-cpu';
import { type IntakeScenarios, type Scenario } from './scenarios';

const { EventType } = proto.temporal.api.enums.v1;

// Histories read per connection count: enough for a stable median, few enough to read fast.
const HISTORY_SAMPLE = 60;

/** One POST /v1/incidents as the client saw it, in epoch ms (the server's clock is the same machine's). */
interface TimedOpen {
  incidentId: string;
  sentAtMs: number;
  answeredAtMs: number;
}

/**
 * Where an opening's time goes, at one connection count (issue 10): CPU per
 * request of each process for a bare start, a bare update-with-start and the
 * POST; the POST's latency split at the events of its Temporal history; and,
 * timed in this process against the same pool, the two steps the history
 * cannot split: the API's policy resolution and the worker's inline append.
 */
export async function printBreakdown(
  system: BenchSystem,
  clients: IntakeClients,
  scenarios: IntakeScenarios,
  connections: number,
  seconds: number,
): Promise<void> {
  console.log(`\nwhere the time goes, ${connections} connection(s), ${seconds} s per phase`);
  console.log(
    `${'scenario'.padEnd(42)} ${'req/s'.padStart(7)}   CPU ms per request: ${['node', 'temporal', 'postgres', 'all'].map((n) => n.padStart(8)).join(' ')}`,
  );
  for (const key of ['bareStart', 'bareUpdateWithStart', 'postOpen'] as const)
    printCpuPerRequest(scenarios[key], await cpuPhase(scenarios[key], connections, seconds));

  const opens = await timedOpens(clients, connections, seconds);
  printLatencySplit(await splitByHistory(clients, opens));

  const input = { category: OPEN_BODY.category, severity: OPEN_BODY.severity };
  const resolve = await closedLoop(connections, seconds, async () => {
    await system.policies.resolveFor(input);
    return true;
  });
  printInProcess('PoliciesService.resolveFor (API, per open)', resolve);
  // What resolveFor did before it cached: every latest version read and parsed per open.
  const repository = new PolicyVersionRepository(system.dataSource);
  const uncached = await closedLoop(connections, seconds, async () => {
    selectPolicy(await repository.latestVersions(), input);
    return true;
  });
  printInProcess('  the same, reading every latest version', uncached);
  printInProcess(
    'inline append of IncidentOpened (worker LA)',
    await appendLoop(system, opens[0].incidentId, connections, seconds),
  );
}

async function cpuPhase(
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<{ loop: LoopResult; cpu: Map<string, number> }> {
  const before = cpuByProcess();
  const loop = await closedLoop(connections, seconds, scenario.send);
  const cpu = cpuSince(before, cpuByProcess());
  await scenario.finish?.();
  return { loop, cpu };
}

function printCpuPerRequest(
  scenario: Scenario,
  { loop, cpu }: { loop: LoopResult; cpu: Map<string, number> },
): void {
  const per = (name: string): number => (cpu.get(name) ?? 0) / Math.max(1, loop.requests);
  const all = [...cpu.values()].reduce((a, b) => a + b, 0) / Math.max(1, loop.requests);
  console.log(
    `${scenario.name.padEnd(42)} ${loop.perSecond.toFixed(1).padStart(7)}                       ${[per('node'), per('temporal'), per('postgres'), all].map((ms) => ms.toFixed(2).padStart(8)).join(' ')}`,
  );
}

async function timedOpens(
  clients: IntakeClients,
  connections: number,
  seconds: number,
): Promise<TimedOpen[]> {
  const opens: TimedOpen[] = [];
  await closedLoop(connections, seconds, async () => {
    const sentAtMs = Date.now();
    const { id } = await clients.http.expectOk<{ id: string }>('POST', '/v1/incidents', OPEN_BODY);
    opens.push({ incidentId: id, sentAtMs, answeredAtMs: Date.now() });
    return true;
  });
  return opens;
}

/** The POST's phases, one array of ms per phase, from a sample of its histories. */
async function splitByHistory(
  clients: IntakeClients,
  opens: readonly TimedOpen[],
): Promise<Map<string, number[]>> {
  const every = Math.max(1, Math.floor(opens.length / HISTORY_SAMPLE));
  const sample = opens.filter((_, i) => i % every === 0);
  const phases = new Map<string, number[]>();
  const add = (phase: string, ms: number): void => {
    phases.set(phase, [...(phases.get(phase) ?? []), ms]);
  };
  await closedLoop(8, Infinity, async () => {
    const open = sample.pop();
    if (open === undefined) return false;
    const handle = clients.temporal.workflow.getHandle(incidentWorkflowId(open.incidentId));
    const events = (await handle.fetchHistory()).events ?? [];
    const at = (type: proto.temporal.api.enums.v1.EventType): number => {
      const event = events.find((e: HistoryEvent) => e.eventType === type);
      if (event === undefined) throw new Error(`no ${EventType[type]} in ${open.incidentId}`);
      return eventTimeMs(event);
    };
    const started = at(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED);
    const taskStarted = at(EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED);
    const taskCompleted = at(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
    add('1 client sends → workflow started (HTTP, API, start)', started - open.sentAtMs);
    add('2 started → first task started (to the worker)', taskStarted - started);
    add('3 first task started → completed (decide + append)', taskCompleted - taskStarted);
    add('4 task completed → client answered (update reply)', open.answeredAtMs - taskCompleted);
    add('  whole POST', open.answeredAtMs - open.sentAtMs);
    return true;
  });
  return phases;
}

function printLatencySplit(phases: Map<string, number[]>): void {
  const count = phases.get('  whole POST')?.length ?? 0;
  console.log(`POST /v1/incidents split at its history's events (${count} sampled):`);
  console.log(`${'phase'.padEnd(56)} ${'p50 ms'.padStart(8)} ${'p90 ms'.padStart(8)}`);
  for (const [phase, values] of [...phases].sort((a, b) => a[0].localeCompare(b[0]))) {
    const sorted = ascending(values);
    console.log(
      `${phase.padEnd(56)} ${quantile(sorted, 0.5).toFixed(1).padStart(8)} ${quantile(sorted, 0.9).toFixed(1).padStart(8)}`,
    );
  }
}

/**
 * Appends a copy of a real IncidentOpened to fresh streams through a store with
 * the worker's inline projection, on the API's pool (the worker's has the same size).
 */
async function appendLoop(
  system: BenchSystem,
  incidentId: string,
  connections: number,
  seconds: number,
): Promise<LoopResult> {
  const store = new EventStore(system.dataSource, { inlineProjections: incidentInlineProjections });
  const [opened] = await store.readStream(incidentStreamId(incidentId));
  return closedLoop(connections, seconds, async () => {
    const copyId = randomUUID();
    const event: NewEvent = {
      eventId: randomUUID(),
      type: opened.type,
      data: { ...opened.data, incidentId: copyId },
      metadata: opened.metadata,
      occurredAt: new Date(),
    };
    await store.append(incidentStreamId(copyId), [event], { expectedVersion: 0 });
    return true;
  });
}

function printInProcess(name: string, loop: LoopResult): void {
  console.log(
    `${name.padEnd(56)} p50 ${quantile(loop.latenciesMs, 0.5).toFixed(2)} ms, p90 ${quantile(loop.latenciesMs, 0.9).toFixed(2)} ms (${loop.perSecond.toFixed(0)}/s)`,
  );
}
