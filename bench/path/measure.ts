import { Client, Connection } from '@temporalio/client';
import { encryptingDataConverter, payloadEncryptionCodec } from '@recovery/temporal';
import { type BenchSystem } from '../support/bench-system';
import { JsonHttp } from '../support/json-http';
import { incidentHistory, sampleHistories } from './history-events';
import { walkIncidentPath } from './incident-path';
import { runPathLoad } from './path-load';
import { storePathPolicy } from './path-policy';
import { printLoad, printSample, printTypicalPath } from './report';
import { storedEventTypes, streamEventTypes } from './stored-events';

export interface PathPlan {
  incidents: number;
  concurrency: number;
  /** How many of the load's histories to read for the workflow-task latencies. */
  historySample: number;
  closeWithinS: number;
}

/**
 * Stores the short policy; walks one incident alone and prints its Temporal
 * history by event type; drives the load and prints what it stored; then reads a
 * sample of the load's histories for how long the worker's tasks waited.
 */
export async function measurePath(system: BenchSystem, plan: PathPlan): Promise<void> {
  const { address, namespace } = system.config.temporal;
  const connection = await Connection.connect({ address });
  const codec = payloadEncryptionCodec(system.config, (message) => console.warn(message));
  const temporal = new Client({
    connection,
    namespace,
    dataConverter: encryptingDataConverter(codec),
  });
  const http = new JsonHttp(system.baseUrl, await system.token('frontline'), plan.concurrency);
  try {
    const policy = await storePathPolicy(system);
    console.log(`policy ${policy.key} v${policy.version}; ${plan.concurrency} incidents in flight`);

    const { incidentId } = await walkIncidentPath(http, policy.key);
    printTypicalPath(
      await streamEventTypes(system.dataSource, incidentId),
      await incidentHistory(temporal, incidentId),
    );

    const load = await runPathLoad(http, system.dataSource, { policyKey: policy.key, ...plan });
    printLoad(load, await storedEventTypes(system.dataSource, load.incidentIds), plan.concurrency);

    const every = Math.max(1, Math.floor(load.incidentIds.length / plan.historySample));
    printSample(load, await sampleHistories(temporal, load.incidentIds, every), every);
  } finally {
    http.close();
    await connection.close();
  }
}
