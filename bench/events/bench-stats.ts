import { performance } from 'node:perf_hooks';

/** One writer's job: append `events` events, calling `appendOnce` and returning how many it wrote. */
export type AppendOnce = (writer: number, step: number) => Promise<number>;

export interface BenchResult {
  name: string;
  mode: 'sequential' | 'concurrent';
  events: number;
  seconds: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** Runs `writers` loops in parallel until each wrote its share of `totalEvents`; times every append. */
export async function measure(
  name: string,
  mode: BenchResult['mode'],
  writers: number,
  totalEvents: number,
  appendOnce: AppendOnce,
): Promise<BenchResult> {
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
  latencies.sort((a, b) => a - b);
  return {
    name,
    mode,
    events,
    seconds,
    eventsPerSecond: events / seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

function percentile(sorted: number[], q: number): number {
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** A fixed-width table row. */
export function formatResult(r: BenchResult): string {
  return [
    r.name.padEnd(26),
    r.mode.padEnd(11),
    String(r.events).padStart(8),
    r.seconds.toFixed(2).padStart(8),
    Math.round(r.eventsPerSecond).toString().padStart(10),
    r.p50Ms.toFixed(2).padStart(8),
    r.p99Ms.toFixed(2).padStart(8),
  ].join(' ');
}

export const RESULT_HEADER = `${'scenario'.padEnd(26)} ${'mode'.padEnd(11)} ${'events'.padStart(8)} ${'seconds'.padStart(8)} ${'events/s'.padStart(10)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`;
