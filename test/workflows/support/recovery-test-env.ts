import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { type DataSource } from 'typeorm';
import { EventStore, type StoredEvent } from '@recovery/event-store';
import {
  CalendarsService,
  CalendarVersionRepository,
  SiteCalendarsSource,
} from '@recovery/calendars';
import { PoliciesService, PolicyVersionRepository } from '@recovery/policies';
import { workflowBundlerOptions, workflowsSourcePath } from '@recovery/temporal';
import { type RecoveryActivities } from '@recovery/workflows';
import {
  RecordingNotificationAdapter,
  RecoveryActivitiesService,
  RemedyDeliveryService,
} from '../../../apps/worker/src/activities';
import { appsDataConverter } from '../../support/payload-data-converter';
import { fromGlobalSetup, openTestDataSource } from '../../support/test-database';

/** A real Temporal worker (own task queue) and client, and the event store on the real PostgreSQL. */
export interface RecoveryTestEnv {
  client: Client;
  eventStore: EventStore;
  dataSource: DataSource;
  taskQueue: string;
  address: string;
  activities: RecoveryActivities;
  close(): Promise<void>;
}

/** Opens a DataSource and an EventStore on DATABASE_URL (migrated by the global setup). */
export async function openEventStore(): Promise<{
  dataSource: DataSource;
  eventStore: EventStore;
}> {
  const dataSource = await openTestDataSource();
  return { dataSource, eventStore: new EventStore(dataSource) };
}

/** The worker's real activities on the test database, with the recording notification adapter. */
export function recoveryActivities(
  dataSource: DataSource,
  eventStore: EventStore,
): RecoveryActivities {
  return new RecoveryActivitiesService(
    eventStore,
    new PoliciesService(new PolicyVersionRepository(dataSource)),
    new CalendarsService(
      new CalendarVersionRepository(dataSource),
      new SiteCalendarsSource(dataSource),
    ),
    new RecordingNotificationAdapter(),
    new RemedyDeliveryService(),
  ).build();
}

/**
 * Starts the environment; `withWorker: false` leaves polling to another process (crash
 * test); `encrypted: false` runs client and worker as they were before the payload codec.
 */
export async function startRecoveryTestEnv(
  options: { withWorker?: boolean; taskQueue?: string; encrypted?: boolean } = {},
): Promise<RecoveryTestEnv> {
  const address = fromGlobalSetup('TEMPORAL_ADDRESS');
  const { dataSource, eventStore } = await openEventStore();
  const taskQueue = options.taskQueue ?? `recovery-test-${randomUUID()}`;
  const activities = recoveryActivities(dataSource, eventStore);
  const clientConnection = await Connection.connect({ address });
  const dataConverter = options.encrypted === false ? undefined : appsDataConverter();
  const client = new Client({ connection: clientConnection, namespace: 'default', dataConverter });

  let stopWorker = (): Promise<void> => Promise.resolve();
  if (options.withWorker !== false) {
    const workerConnection = await NativeConnection.connect({ address });
    const worker = await Worker.create({
      connection: workerConnection,
      namespace: 'default',
      taskQueue,
      activities,
      workflowsPath: workflowsSourcePath(),
      bundlerOptions: workflowBundlerOptions(),
      dataConverter,
      shutdownGraceTime: '2s',
    });
    const running = worker.run();
    stopWorker = async () => {
      worker.shutdown();
      await running;
      await workerConnection.close();
    };
  }

  return {
    client,
    eventStore,
    dataSource,
    taskQueue,
    address,
    activities,
    async close() {
      await stopWorker();
      await clientConnection.close();
      await dataSource.destroy();
    },
  };
}

/** Polls the incident's stream until `done` holds (the events are the observable outcome). */
export async function waitForStream(
  env: Pick<RecoveryTestEnv, 'eventStore'>,
  streamId: string,
  done: (events: StoredEvent[]) => boolean,
  timeoutMs = 20_000,
): Promise<StoredEvent[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await env.eventStore.readStream(streamId);
    if (done(events)) return events;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting on ${streamId}; stream has: ${events.map((e) => e.type).join(', ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** True when the stream holds `count` events of `type`. */
export const has =
  (type: string, count = 1) =>
  (events: StoredEvent[]): boolean =>
    events.filter((e) => e.type === type).length >= count;
