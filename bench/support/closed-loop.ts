import { performance } from 'node:perf_hooks';
import { ascending } from './stats';

/** One measured phase: how many requests answered, in how long, and each one's latency. */
export interface LoopResult {
  requests: number;
  seconds: number;
  perSecond: number;
  /** Every request's latency in ms, ascending. */
  latenciesMs: number[];
}

/** Sends one request and waits for its answer; false when there is nothing left to send. */
export type SendOne = () => Promise<boolean>;

/**
 * `connections` closed loops (each sends its next request once the last one has
 * answered) for `seconds`, or until `send` has nothing left (with `seconds`
 * Infinity, that alone ends them). Every intake scenario, HTTP or bare client, is
 * timed by this one function, so their figures compare; bench:path drives its
 * incidents with it too.
 */
export async function closedLoop(
  connections: number,
  seconds: number,
  send: SendOne,
): Promise<LoopResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < until) {
      const t0 = performance.now();
      if (!(await send())) return;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    latenciesMs: ascending(latencies),
  };
}
