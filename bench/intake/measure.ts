import { type BenchSystem } from '../support/bench-system';
import { printBreakdown } from './breakdown';
import { closedLoop, type LoopResult } from '../support/closed-loop';
import { IncidentPool } from './incident-pool';
import { connectIntakeClients } from './intake-client';
import { printLevel, type ScenarioKey } from './report';
import { intakeScenarios, type Scenario } from './scenarios';

export interface IntakePlan {
  /** Length of each measured phase. */
  seconds: number;
  rounds: number;
  /** Connection counts, each measured in rounds of its own. */
  connections: number[];
  warmupSeconds: number;
  /** Length of each phase of the breakdown after the rounds; 0 skips it. */
  breakdownSeconds: number;
}

// A command phase gets incidents for its last rate with this much headroom; if it
// runs out it ends early (the report says so) rather than opening during a phase.
const POOL_HEADROOM = 2;

/**
 * At each connection count: a warm-up phase of every scenario, then `rounds`
 * rounds in which every scenario runs one phase, in an order that rotates from
 * round to round, so drift over the run (a growing Temporal store, other
 * engineers' load) falls on every scenario alike.
 */
export async function measureIntake(system: BenchSystem, plan: IntakePlan): Promise<void> {
  const clients = await connectIntakeClients(system, Math.max(...plan.connections));
  try {
    const scenarios = intakeScenarios(clients, new IncidentPool(clients));
    const keys = Object.keys(scenarios) as ScenarioKey[];
    for (const connections of plan.connections) {
      const lastRate = new Map<ScenarioKey, number>();
      // Before its first phase a command phase is sized by the opening rate, doubled.
      const expected = (key: ScenarioKey): number =>
        lastRate.get(key) ?? 2 * (lastRate.get('bareUpdateWithStart') ?? 10);
      for (const key of keys) {
        const warm = await phase(scenarios[key], connections, plan.warmupSeconds, expected(key));
        lastRate.set(key, warm.perSecond);
      }
      const results = Object.fromEntries(keys.map((k) => [k, [] as LoopResult[]])) as Record<
        ScenarioKey,
        LoopResult[]
      >;
      for (let round = 0; round < plan.rounds; round += 1) {
        for (const key of rotate(keys, round)) {
          const result = await phase(scenarios[key], connections, plan.seconds, expected(key));
          results[key].push(result);
          lastRate.set(key, result.perSecond);
        }
      }
      printLevel(connections, plan, scenarios, results);
      if (plan.breakdownSeconds > 0)
        await printBreakdown(system, clients, scenarios, connections, plan.breakdownSeconds);
    }
  } finally {
    await clients.close();
  }
}

async function phase(
  scenario: Scenario,
  connections: number,
  seconds: number,
  expectedPerSecond: number,
): Promise<LoopResult> {
  await scenario.prepare?.(Math.ceil(expectedPerSecond * seconds * POOL_HEADROOM) + connections);
  const result = await closedLoop(connections, seconds, scenario.send);
  await scenario.finish?.();
  return result;
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
