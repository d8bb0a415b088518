import { ascending, median, quantile } from '../support/stats';
import { type LoopResult } from '../support/closed-loop';
import { type IntakePlan } from './measure';
import { type IntakeScenarios } from './scenarios';

export type ScenarioKey = keyof IntakeScenarios;

/** A ratio of two scenarios' throughput, taken within each round. */
interface RatioLine {
  label: string;
  of: ScenarioKey;
  to: ScenarioKey;
  target?: number;
}

const RATIOS: readonly RatioLine[] = [
  { label: 'POST open / bare workflow.start', of: 'postOpen', to: 'bareStart', target: 0.85 },
  { label: 'POST open / bare update-with-start', of: 'postOpen', to: 'bareUpdateWithStart' },
  { label: 'POST open, business hours / POST open', of: 'postOpenBusinessHours', to: 'postOpen' },
  { label: 'POST acknowledge / bare executeUpdate', of: 'postAcknowledge', to: 'bareAcknowledge' },
];

/** Prints one connection count's table (median rate over rounds, pooled latencies) and ratios. */
export function printLevel(
  connections: number,
  plan: IntakePlan,
  scenarios: IntakeScenarios,
  results: Record<ScenarioKey, LoopResult[]>,
): void {
  const keys = Object.keys(scenarios) as ScenarioKey[];
  console.log(
    `\n${connections} connection(s): ${plan.rounds} rounds × ${plan.seconds} s per scenario, order rotating`,
  );
  console.log(
    `${'scenario'.padEnd(42)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'requests'.padStart(9)}`,
  );
  for (const key of keys) {
    const rounds = results[key];
    const latencies = ascending(rounds.flatMap((r) => r.latenciesMs));
    const short = rounds.filter((r) => r.seconds < plan.seconds * 0.9).length;
    console.log(
      [
        scenarios[key].name.padEnd(42),
        median(rounds.map((r) => r.perSecond))
          .toFixed(1)
          .padStart(7),
        quantile(latencies, 0.5).toFixed(1).padStart(8),
        quantile(latencies, 0.99).toFixed(1).padStart(8),
        String(latencies.length).padStart(9),
        ...(short > 0 ? [` (${short} phase(s) ran out of incidents early)`] : []),
      ].join(' '),
    );
  }
  for (const ratio of RATIOS) console.log(ratioLine(ratio, results));
}

function ratioLine(line: RatioLine, results: Record<ScenarioKey, LoopResult[]>): string {
  const of = results[line.of];
  const to = results[line.to];
  const rates = of.map((r, i) => r.perSecond / to[i].perSecond);
  const p50s = of.map((r, i) => quantile(r.latenciesMs, 0.5) / quantile(to[i].latenciesMs, 0.5));
  const value = median(rates);
  const verdict =
    line.target === undefined
      ? ''
      : `   target ≥ ${line.target}: ${value >= line.target ? 'met' : 'NOT met'}`;
  return (
    `${line.label.padEnd(40)} req/s ratio per round ${rates.map((r) => r.toFixed(2)).join(', ')}` +
    ` → median ${value.toFixed(2)}; p50 × ${median(p50s).toFixed(2)}${verdict}`
  );
}
