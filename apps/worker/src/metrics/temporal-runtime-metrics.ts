import { createServer } from 'node:net';
import { Runtime } from '@temporalio/worker';

// How long a scrape waits for the SDK's own exporter, well inside Prometheus's 10 s default.
const SCRAPE_TIMEOUT_MS = 3_000;

/**
 * Installs the process's Temporal runtime with the SDK's Prometheus exporter on a
 * loopback port of its own, which the worker's /metrics relays: one scrape target
 * per worker. Names as Prometheus expects them: counters end in `_total`, durations
 * in seconds. No signal handlers: Nest owns shutdown (see main.ts).
 */
export async function installTemporalRuntime(): Promise<void> {
  const bindAddress = `127.0.0.1:${await loopbackPortFreeNow()}`;
  Runtime.install({
    shutdownSignals: [],
    telemetryOptions: {
      metrics: {
        prometheus: {
          bindAddress,
          countersTotalSuffix: true,
          unitSuffix: true,
          useSecondsForDurations: true,
        },
      },
    },
  });
}

/**
 * The SDK's runtime metrics (pollers, task slots, latencies, …) in the exposition
 * format; empty when the runtime has no Prometheus exporter (a worker booted in tests).
 */
export async function temporalRuntimeMetrics(): Promise<string> {
  const exporter = Runtime.instance().options.runtimeOptions.metricsExporter;
  if (exporter?.type !== 'prometheus') return '';
  const response = await fetch(`http://${exporter.socketAddr}/metrics`, {
    signal: AbortSignal.timeout(SCRAPE_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`Temporal's metrics exporter answered ${response.status}`);
  return response.text();
}

// The SDK cannot report a port the OS picked for it, so one is picked here first
// (the brief gap before the SDK binds it is on the loopback interface only).
function loopbackPortFreeNow(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
