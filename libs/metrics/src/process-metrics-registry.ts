import { collectDefaultMetrics, Registry } from 'prom-client';

// prom-client exposes these three sums as gauges named `_total`, which
// `promtool check metrics` refuses ("non-counter metrics should not have _total").
// Each is the sum of its per-type gauge (`nodejs_active_handles{type}` …), kept.
const MISNAMED_DEFAULT_GAUGES = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/** A Prometheus registry holding Node's process metrics (CPU, memory, event loop, GC). */
export function processMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  for (const name of MISNAMED_DEFAULT_GAUGES) registry.removeSingleMetric(name);
  return registry;
}
