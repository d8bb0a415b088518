import { type RunningService } from '@recovery/local-infra';

/** Stops what the global setup started, newest first. */
export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as { testServices?: RunningService[] }).testServices ?? [];
  for (const service of [...services].reverse()) await service.stop();
}
