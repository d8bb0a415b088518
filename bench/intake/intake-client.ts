import { randomUUID } from 'node:crypto';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { encryptingDataConverter, payloadEncryptionCodec } from '@recovery/temporal';
import { type Actor, type OpenIncidentCommand, type PinnedPolicy } from '@recovery/domain';
import { incidentWorkflowId } from '@recovery/incidents';
import { type IncidentRecoveryInput, incidentRecovery, openUpdate } from '@recovery/workflows';
import { BENCH_SITE, type BenchSystem } from '../support/bench-system';
import { JsonHttp } from '../support/json-http';
import { seedBusinessHoursOpening } from './business-hours-opening';

/**
 * What every benchmarked incident is opened with, through HTTP and the bare
 * client alike. A billing dispute: its policy's first deadline is hours away, so
 * no timer of an incident opened here fires during the run and loads a later phase.
 */
export const OPEN_BODY: Omit<OpenIncidentCommand, 'incidentId'> = {
  kind: 'complaint',
  channel: 'phone',
  category: 'billing',
  severity: 'medium',
  customerRef: 'C-1',
  site: BENCH_SITE,
  summary: 'bench',
};

/** The two ways in: the API over HTTP, and a Temporal client of its own (the baselines). */
export interface IntakeClients {
  http: JsonHttp;
  temporal: Client;
  taskQueue: string;
  /** The policy the API pins for OPEN_BODY: the bare client opens with the very same input. */
  policy: PinnedPolicy;
  /** The token's actor, as the API derives it, for the bare client's updates. */
  actor: Actor;
  /** An opening under a policy whose resolve clock counts the site's business hours. */
  businessHoursBody: Omit<OpenIncidentCommand, 'incidentId'>;
  close(): Promise<void>;
}

export async function connectIntakeClients(
  system: BenchSystem,
  connections: number,
): Promise<IntakeClients> {
  const { address, namespace, taskQueue } = system.config.temporal;
  const connection = await Connection.connect({ address });
  const http = new JsonHttp(system.baseUrl, await system.token('frontline'), connections);
  const policy = await system.policies.resolveFor({
    category: OPEN_BODY.category,
    severity: OPEN_BODY.severity,
  });
  return {
    http,
    temporal: new Client({
      connection,
      namespace,
      dataConverter: encryptingDataConverter(
        payloadEncryptionCodec(system.config, (message) => console.warn(message)),
      ),
    }),
    taskQueue,
    policy,
    actor: { id: 'bench', role: 'frontline' },
    businessHoursBody: await seedBusinessHoursOpening(system),
    close: async () => {
      http.close();
      await connection.close();
    },
  };
}

/** The run the API starts for a new incident (its workflow input), with a fresh id. */
export function newIncidentRun(): IncidentRecoveryInput {
  return { incidentId: randomUUID(), correlationId: randomUUID(), start: { kind: 'open' } };
}

/** Opens an incident as the API does, without HTTP: update-with-start of `open`; returns its id. */
export async function openByUpdateWithStart(clients: IntakeClients): Promise<string> {
  const input = newIncidentRun();
  await clients.temporal.workflow.executeUpdateWithStart(openUpdate, {
    args: [
      {
        ...OPEN_BODY,
        policy: clients.policy,
        actor: clients.actor,
        correlationId: input.correlationId,
      },
    ],
    startWorkflowOperation: new WithStartWorkflowOperation(incidentRecovery, {
      workflowId: incidentWorkflowId(input.incidentId),
      taskQueue: clients.taskQueue,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [input],
    }),
  });
  return input.incidentId;
}
