import { randomUUID } from 'node:crypto';
import { type WorkflowHandle } from '@temporalio/client';
import {
  type Actor,
  type IncidentState,
  incidentStreamId,
  openIncident,
  type PinnedPolicy,
  type PolicyDocument,
  toIsoTimestamp,
} from '@recovery/domain';
import { incidentWorkflowId } from '@recovery/incidents';
import {
  type IncidentRecoveryInput,
  incidentRecovery,
  incidentStateQuery,
} from '@recovery/workflows';
import { type RecoveryTestEnv } from './recovery-test-env';

export const frontline: Actor = { id: 'fiona', role: 'frontline', name: 'Fiona Front' };
export const supervisor: Actor = { id: 'sam', role: 'supervisor', name: 'Sam Super' };
export const secondSupervisor: Actor = { id: 'sue', role: 'supervisor', name: 'Sue Super' };
export const manager: Actor = { id: 'max', role: 'manager', name: 'Max Manager' };

/** A policy with second-long durations so every path runs in a few seconds. */
export function shortPolicy(overrides: Partial<PolicyDocument> = {}): PinnedPolicy {
  const document: PolicyDocument = {
    key: 'test-short',
    title: 'Short durations for tests',
    appliesTo: {},
    acknowledgeWithin: 'PT30S',
    resolveWithin: 'PT60S',
    escalation: [
      { after: 'PT1S', to: 'supervisor' },
      { after: 'PT2S', to: 'manager' },
    ],
    remedies: [{ type: 'taxi', frontlineLimit: 25, supervisorLimit: 150, currency: 'EUR' }],
    approvalTimeout: 'PT30S',
    followUpAfter: 'PT1S',
    feedbackWindow: 'PT30S',
    ...overrides,
  };
  return { key: document.key, version: 7, document };
}

export interface StartedIncident {
  incidentId: string;
  streamId: string;
  handle: WorkflowHandle<typeof incidentRecovery>;
  input: IncidentRecoveryInput;
}

/** Opens an incident exactly as the API does: IncidentOpened built by the domain, then the workflow started. */
export async function startIncident(
  env: Pick<RecoveryTestEnv, 'client' | 'taskQueue'>,
  policy: PinnedPolicy,
  extra: Partial<IncidentRecoveryInput> = {},
): Promise<StartedIncident> {
  const incidentId = randomUUID();
  const opened = openIncident(
    {
      incidentId,
      kind: 'complaint',
      channel: 'phone',
      category: 'vehicle_breakdown',
      severity: 'high',
      customerRef: 'C-1001',
      site: 'AMS',
      summary: 'Rental car does not start',
    },
    policy,
    frontline,
    toIsoTimestamp(Date.now()),
  );
  const input: IncidentRecoveryInput = {
    incidentId,
    policy,
    correlationId: randomUUID(),
    start: { kind: 'open', opened: opened.data },
    ...extra,
  };
  const handle = await env.client.workflow.start(incidentRecovery, {
    workflowId: incidentWorkflowId(incidentId),
    taskQueue: env.taskQueue,
    args: [input],
  });
  return { incidentId, streamId: incidentStreamId(incidentId), handle, input };
}

/** Polls the workflow's state query until `done` holds: the state the next command validates against. */
export async function waitForState(
  handle: WorkflowHandle<typeof incidentRecovery>,
  done: (state: IncidentState) => boolean,
  timeoutMs = 20_000,
): Promise<IncidentState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await handle.query(incidentStateQuery);
    if (done(state)) return state;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting on ${handle.workflowId} in status ${state.status}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Command origin for an update. */
export const by = (actor: Actor): { actor: Actor; correlationId: string } => ({
  actor,
  correlationId: randomUUID(),
});

/** The code of the domain rejection behind a failed update. */
export function rejectionCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { type?: string } }).cause;
  return cause?.type;
}
