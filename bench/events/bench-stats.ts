import { performance } from 'node:perf_hooks';

/** One writer's job: append `events` events, calling `appendOnce` and returning how many it wrote. */
export type AppendOnce = (writer: number, step: number) => Promise<number>;

export type Mode = 'sequential' | 'concurrent';

/** One timed run of one scenario. */
export interface Measurement {
  name: string;
  mode: Mode;
  round: number;
  events: number;
  eventsPerSecond: number;
  /** Every append's latency, in ms. */
  latencies: number[];
}

/** A scenario over all its rounds: the median round's rate, latencies pooled. */
export interface ScenarioSummary {
  name: string;
  mode: Mode;
  events: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Runs `writers` loops in parallel until each wrote its share of `totalEvents`; times every append. */
export async function measure(
  name: string,
  mode: Mode,
  round: number,
  writers: number,
  totalEvents: number,
  appendOnce: AppendOnce,
): Promise<Measurement> {
  const latencies: number[] = [];
  const share = Math.ceil(totalEvents / writers);
  const started = performance.now();
  const counts = await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      let written = 0;
      for (let step = 0; written < share; step += 1) {
        const t0 = performance.now();
        written += await appendOnce(writer, step);
        latencies.push(performance.now() - t0);
      }
      return written;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const events = counts.reduce((a, b) => a + b, 0);
  return { name, mode, round, events, eventsPerSecond: events / seconds, latencies };
}

/** Folds one scenario's rounds into one row: median rate, percentiles over every append. */
export function summarize(rounds: readonly Measurement[]): ScenarioSummary {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return {
    name: rounds[0].name,
    mode: rounds[0].mode,
    events: rounds.reduce((sum, r) => sum + r.events, 0),
    eventsPerSecond: median(rounds.map((r) => r.eventsPerSecond)),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percentile(sorted: number[], q: number): number {
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** A fixed-width table row. */
export function formatSummary(s: ScenarioSummary): string {
  return [
    s.name.padEnd(26),
    s.mode.padEnd(11),
    String(s.events).padStart(8),
    Math.round(s.eventsPerSecond).toString().padStart(10),
    s.p50Ms.toFixed(2).padStart(8),
    s.p99Ms.toFixed(2).padStart(8),
  ].join(' ');
}

export const SUMMARY_HEADER = `${'scenario'.padEnd(26)} ${'mode'.padEnd(11)} ${'events'.padStart(8)} ${'events/s'.padStart(10)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`;
