import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { incidentStreamId } from '@recovery/domain';
import { incidentWorkflowId } from '@recovery/incidents';
import {
  acknowledgeUpdate,
  APPEND_FAILURES,
  incidentRecovery,
  openUpdate,
} from '@recovery/workflows';
import { by, frontline, rejectionCode, shortPolicy } from './support/recovery-fixtures';
import { CAR_BREAKDOWN } from '../support/incident-opening';
import { type RecoveryTestEnv, startRecoveryTestEnv } from './support/recovery-test-env';

let env: RecoveryTestEnv;

beforeAll(async () => {
  env = await startRecoveryTestEnv();
});
afterAll(() => env?.close());

// A lone UTF-16 surrogate: JSON can carry it, PostgreSQL's jsonb refuses it (SQLSTATE 22P05).
const UNSTORABLE = 'evt-\ud800';

/**
 * Issue 10: data the database refuses must not wedge an incident. The door and the
 * domain refuse such text first; these tests reach past them to the append itself.
 */
describe('data PostgreSQL refuses', () => {
  it('makes the append activity fail without retry', async () => {
    const incidentId = randomUUID();
    const failure = await env.activities
      .appendEvents({
        incidentId,
        expectedVersion: 0,
        events: [
          {
            type: 'NoteAdded',
            data: { text: UNSTORABLE } as never,
            eventId: randomUUID(),
            occurredAt: new Date().toISOString() as never,
            metadata: { actor: frontline, correlationId: randomUUID() },
          },
        ],
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: APPEND_FAILURES.dataRefused, nonRetryable: true });
    expect(await env.eventStore.readStream(incidentStreamId(incidentId))).toEqual([]);
  });

  it('fails the command with event_data_refused, and the incident then takes its next commands', async () => {
    const incidentId = randomUUID();
    const policy = shortPolicy();
    const open = (eventId: string) =>
      env.client.workflow.executeUpdateWithStart(openUpdate, {
        // The upstream event id is not free text the domain checks: only the store refuses it.
        args: [
          { ...CAR_BREAKDOWN, source: { system: 'telematics', eventId }, policy, ...by(frontline) },
        ],
        startWorkflowOperation: new WithStartWorkflowOperation(incidentRecovery, {
          workflowId: incidentWorkflowId(incidentId),
          taskQueue: env.taskQueue,
          workflowIdConflictPolicy: 'USE_EXISTING',
          args: [{ incidentId, correlationId: randomUUID(), start: { kind: 'open' } }],
        }),
      });

    const refused = await open(UNSTORABLE).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(rejectionCode(refused)).toBe('event_data_refused');

    await expect(open('evt-1')).resolves.toMatchObject({ status: 'open', version: 1 });
    const handle = env.client.workflow.getHandle(incidentWorkflowId(incidentId));
    await expect(
      handle.executeUpdate(acknowledgeUpdate, { args: [by(frontline)] }),
    ).resolves.toMatchObject({ status: 'acknowledged', version: 2 });
    await handle.terminate('test done');
  });
});
