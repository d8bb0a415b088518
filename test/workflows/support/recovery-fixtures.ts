import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type WorkflowHandle } from '@temporalio/client';
import {
  type Actor,
  type IncidentState,
  incidentStreamId,
  type PinnedCalendar,
  type PinnedPolicy,
  type PolicyDocument,
} from '@recovery/domain';
import { incidentWorkflowId } from '@recovery/incidents';
import { PoliciesService, PolicyVersionRepository } from '@recovery/policies';
import {
  type IncidentRecoveryInput,
  incidentRecovery,
  incidentStateQuery,
  openUpdate,
} from '@recovery/workflows';
import { CAR_BREAKDOWN } from '../../support/incident-opening';
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
  policy: PinnedPolicy;
}

/** Opens an incident exactly as the API does: update-with-start of `open`, decided by the workflow. */
export async function startIncident(
  env: Pick<RecoveryTestEnv, 'client' | 'taskQueue'>,
  policy: PinnedPolicy,
  extra: Partial<IncidentRecoveryInput> = {},
  calendar?: PinnedCalendar,
): Promise<StartedIncident> {
  const incidentId = randomUUID();
  const input: IncidentRecoveryInput = {
    incidentId,
    correlationId: randomUUID(),
    start: { kind: 'open' },
    ...extra,
  };
  const start = new WithStartWorkflowOperation(incidentRecovery, {
    workflowId: incidentWorkflowId(incidentId),
    taskQueue: env.taskQueue,
    workflowIdConflictPolicy: 'USE_EXISTING',
    args: [input],
  });
  await env.client.workflow.executeUpdateWithStart(openUpdate, {
    args: [{ ...CAR_BREAKDOWN, policy, ...(calendar && { calendar }), ...by(frontline) }],
    startWorkflowOperation: start,
  });
  const handle = await start.workflowHandle();
  return { incidentId, streamId: incidentStreamId(incidentId), handle, input, policy };
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

/**
 * Stores the policy as a version of a key of its own (a run that loads a closed
 * incident reads its pinned version back from the store). It applies to a
 * category no other test opens, so no other test's policy selection picks it.
 */
export async function storedPolicy(
  env: Pick<RecoveryTestEnv, 'dataSource'>,
  policy: PinnedPolicy,
): Promise<PinnedPolicy> {
  const policies = new PoliciesService(new PolicyVersionRepository(env.dataSource));
  const stored = await policies.createVersion(
    {
      ...policy.document,
      key: `test-${randomUUID().slice(0, 8)}`,
      appliesTo: { categories: ['test_only'] },
    },
    'recovery-paths test',
  );
  return { key: stored.key, version: stored.version, document: stored.document };
}

/** Waits until the workflow runs under a run id other than `previousRunId` (continue-as-new). */
export async function waitForNewRun(
  handle: WorkflowHandle<typeof incidentRecovery>,
  previousRunId: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await handle.describe()).runId === previousRunId) {
    if (Date.now() > deadline) throw new Error(`${handle.workflowId} did not continue as new`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
