import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { incidentStreamId, type PinnedPolicy } from '@recovery/domain';
import { incidentWorkflowId } from '@recovery/incidents';
import { acknowledgeUpdate, incidentRecovery, openUpdate } from '@recovery/workflows';
import { by, frontline, shortPolicy, storedPolicy } from './support/recovery-fixtures';
import { CAR_BREAKDOWN } from '../support/incident-opening';
import { type RecoveryTestEnv, startRecoveryTestEnv } from './support/recovery-test-env';
import { typesOf } from './support/stream-assertions';

let env: RecoveryTestEnv;

beforeAll(async () => {
  env = await startRecoveryTestEnv();
});
afterAll(() => env?.close());

/** Update-with-start of `open`, exactly as the API sends it. */
function open(
  incidentId: string,
  {
    policy = shortPolicy(),
    updateId = randomUUID(),
  }: { policy?: PinnedPolicy; updateId?: string } = {},
) {
  return env.client.workflow.executeUpdateWithStart(openUpdate, {
    args: [{ ...CAR_BREAKDOWN, policy, ...by(frontline) }],
    updateId,
    startWorkflowOperation: new WithStartWorkflowOperation(incidentRecovery, {
      workflowId: incidentWorkflowId(incidentId),
      taskQueue: env.taskQueue,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [{ incidentId, correlationId: randomUUID(), start: { kind: 'open' } }],
    }),
  });
}

const streamTypes = async (incidentId: string): Promise<string[]> =>
  typesOf(await env.eventStore.readStream(incidentStreamId(incidentId)));

describe('opening an incident through its workflow (update-with-start)', () => {
  it('answers once IncidentOpened is stored, with the deadlines the workflow decided', async () => {
    const incidentId = randomUUID();
    const before = Date.now();
    const answer = await open(incidentId);
    expect(answer).toMatchObject({
      incidentId,
      status: 'open',
      version: 1,
      eventTypes: ['IncidentOpened'],
      policy: { key: 'test-short', version: 7 },
    });
    // PT30S after the workflow's clock at opening.
    expect(Date.parse(answer.deadlines.acknowledgeBy) - Date.parse(answer.openedAt)).toBe(30_000);
    expect(Date.parse(answer.openedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(await streamTypes(incidentId)).toEqual(['IncidentOpened']);
    await env.client.workflow.getHandle(incidentWorkflowId(incidentId)).terminate('test done');
  });

  it('joins a repeated opening: the same update id gets the first answer, another opens nothing new', async () => {
    const incidentId = randomUUID();
    const first = await open(incidentId, { updateId: 'open-1' });
    await expect(open(incidentId, { updateId: 'open-1' })).resolves.toEqual(first);
    await expect(open(incidentId, { updateId: 'open-2' })).resolves.toMatchObject({
      status: 'open',
      version: 1,
      eventTypes: [],
    });
    expect(await streamTypes(incidentId)).toEqual(['IncidentOpened']);
    await env.client.workflow.getHandle(incidentWorkflowId(incidentId)).terminate('test done');
  });

  it('answers from the stream when the incident’s earlier run has ended, and works on from there', async () => {
    const incidentId = randomUUID();
    // The new run reads the pinned policy version back from the store.
    const policy = await storedPolicy(env, shortPolicy());
    await open(incidentId, { policy });
    const handle = env.client.workflow.getHandle(incidentWorkflowId(incidentId));
    await handle.terminate('its run ended (say, a lost dev server) while the stream stays');

    await expect(open(incidentId, { policy })).resolves.toMatchObject({
      status: 'open',
      version: 1,
      eventTypes: [],
    });
    await expect(
      handle.executeUpdate(acknowledgeUpdate, { args: [by(frontline)] }),
    ).resolves.toMatchObject({ status: 'acknowledged', version: 2 });
    expect(await streamTypes(incidentId)).toEqual(['IncidentOpened', 'IncidentAcknowledged']);
    await handle.terminate('test done');
  });
});
