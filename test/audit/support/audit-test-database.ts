import { type DataSource } from 'typeorm';
import { auditProjection } from '@recovery/audit';
import {
  type EventStore,
  ProjectionAlreadyRunning,
  ProjectionRunner,
  type NewEvent,
} from '@recovery/event-store';
import { incidentStreamId } from '@recovery/domain';
import { incidentHistory } from '../../../bench/audit/incident-history';
import { type IncidentScenario } from '../../../bench/audit/incident-scenario';

/** The test database with the event store's and the audit's tables (migrated by the global setup). */
export { openTestDataSource as openAuditDataSource } from '../../support/test-database';

/** Appends each scenario's history as its incident's stream, a few streams at a time. */
export async function appendScenarios(
  store: EventStore,
  scenarios: IncidentScenario[],
): Promise<Map<string, NewEvent[]>> {
  const histories = new Map(scenarios.map((s) => [s.incidentId, incidentHistory(s)]));
  const entries = [...histories];
  for (let i = 0; i < entries.length; i += 10) {
    await Promise.all(
      entries
        .slice(i, i + 10)
        .map(([incidentId, events]) =>
          store.append(incidentStreamId(incidentId), events, { expectedVersion: 'no_stream' }),
        ),
    );
  }
  return histories;
}

/**
 * Brings the audit read models up to date. Another runner (a worker, another test
 * file) may hold the projection's lock: then wait until it has caught up instead.
 * A rebuild holds the test files' rebuild lock throughout (see {@link readAuditModels}).
 */
export async function catchUpAudit(
  dataSource: DataSource,
  store: EventStore,
  rebuild = false,
): Promise<void> {
  const runner = new ProjectionRunner(dataSource, store, auditProjection, { batchSize: 500 });
  const catchUp = async (): Promise<void> => {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      try {
        await (rebuild ? runner.rebuild() : runner.catchUp());
        return;
      } catch (error) {
        if (!(error instanceof ProjectionAlreadyRunning)) throw error;
        if (!rebuild && (await runner.lag()).eventsBehind === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    throw new Error('the audit projection stayed locked by another runner');
  };
  return rebuild ? holdingRebuildLock(dataSource, 'exclusive', catchUp) : catchUp();
}

/**
 * Runs `read` while no test file rebuilds the audit read models: a rebuild empties
 * every table before it refills them, batch by batch, so a report read meanwhile by
 * another file would find its incidents missing.
 */
export function readAuditModels<T>(dataSource: DataSource, read: () => Promise<T>): Promise<T> {
  return holdingRebuildLock(dataSource, 'shared', read);
}

// A two-key advisory lock: its key space never meets the projection runner's one-key locks.
const REBUILD_LOCK = '6, 12';

async function holdingRebuildLock<T>(
  dataSource: DataSource,
  mode: 'shared' | 'exclusive',
  work: () => Promise<T>,
): Promise<T> {
  const suffix = mode === 'shared' ? '_shared' : '';
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.query(`SELECT pg_advisory_lock${suffix}(${REBUILD_LOCK})`);
    return await work();
  } finally {
    await queryRunner.query(`SELECT pg_advisory_unlock${suffix}(${REBUILD_LOCK})`);
    await queryRunner.release();
  }
}
