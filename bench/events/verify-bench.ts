import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { type EventStore } from '@recovery/event-store';
import { measure } from './bench-stats';
import { oursScenario } from './bench-scenarios';

export interface VerifyBenchResult {
  events: number;
  streams: number;
  seconds: number;
  eventsPerSecond: number;
  ok: boolean;
}

/** Tops the store up to `target` events (batches of 100), then times verify() over all of it. */
export async function verifyBench(
  dataSource: DataSource,
  store: EventStore,
  target: number,
  writers: number,
): Promise<VerifyBenchResult> {
  const rows = await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM events`);
  const missing = target - Number(rows[0].n);
  if (missing > 0) {
    console.log(`seeding ${missing} events for verify (batches of 100)…`);
    const seeding = oursScenario(store, writers, Math.max(writers, Math.ceil(missing / 1000)), 100);
    await measure(`seed-${randomUUID()}`, 'concurrent', 0, writers, missing, seeding);
  }
  const started = performance.now();
  const report = await store.verify();
  const seconds = (performance.now() - started) / 1000;
  return {
    events: report.events,
    streams: report.streams,
    seconds,
    eventsPerSecond: report.events / seconds,
    ok: report.ok,
  };
}
