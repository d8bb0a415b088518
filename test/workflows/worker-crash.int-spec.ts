import { randomUUID } from 'node:crypto';
import { WorkflowUpdateStage } from '@temporalio/client';
import { acknowledgeUpdate, proposeRemedyUpdate, resolveUpdate } from '@recovery/workflows';
import {
  by,
  frontline,
  shortPolicy,
  type StartedIncident,
  startIncident,
  waitForState,
} from './support/recovery-fixtures';
import {
  has,
  type RecoveryTestEnv,
  startRecoveryTestEnv,
  waitForStream,
} from './support/recovery-test-env';
import { expectSoundStream, typesOf } from './support/stream-assertions';
import { spawnWorker, type WorkerProcess } from './support/worker-process';

// Issue 4, crash test: the worker runs as a real process (the built dist) and is killed
// with SIGKILL mid-path. Temporal hands its unfinished tasks to the next worker only after
// their timeouts (sticky queue ~10 s, appendEvents 30 s, deliverRemedy 1 min), hence the
// long test timeout.
const SLOW_STEP_MS = 120_000;
const CRASH_TEST_TIMEOUT_MS = 5 * SLOW_STEP_MS;

// Its own queue: no in-process worker of another test may pick up these tasks.
const taskQueue = `crash-test-${randomUUID()}`;
let env: RecoveryTestEnv;
const workers: WorkerProcess[] = [];

async function startWorker(): Promise<WorkerProcess> {
  const worker = spawnWorker(taskQueue);
  workers.push(worker);
  await worker.ready(env.client);
  return worker;
}

/** Identities of the workers that completed workflow tasks of a run. */
async function workflowTaskIdentities(handle: StartedIncident['handle']): Promise<string[]> {
  const history = await handle.fetchHistory();
  return (history.events ?? []).flatMap(
    (event) => event.workflowTaskCompletedEventAttributes?.identity ?? [],
  );
}

/** Why a step hangs: the stream, the retried activities, failed workflow tasks, the workers' logs. */
async function explain(incident: StartedIncident, step: string): Promise<Error> {
  const stream = typesOf(await env.eventStore.readStream(incident.streamId));
  const { raw } = await incident.handle.describe();
  const pending = (raw.pendingActivities ?? []).map(
    (a) => `${a.activityType?.name} attempt ${a.attempt}: ${a.lastFailure?.message ?? '-'}`,
  );
  const history = await incident.handle.fetchHistory();
  const taskFailures = (history.events ?? []).flatMap(
    (e) => e.workflowTaskFailedEventAttributes?.failure?.message ?? [],
  );
  return new Error(
    [
      `${step} did not finish within ${SLOW_STEP_MS} ms`,
      `stream: ${stream.join(', ')}`,
      `pending activities: ${pending.join(' | ') || '-'}`,
      `workflow task failures: ${taskFailures.join(' | ') || '-'}`,
      ...workers.map((w) => `worker ${w.pid} output:\n${w.output().slice(-3000)}`),
    ].join('\n'),
  );
}

/** Awaits a step of the path; past SLOW_STEP_MS it fails with `explain`. */
async function within<T>(incident: StartedIncident, step: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => void explain(incident, step).then(reject, reject), SLOW_STEP_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

beforeAll(async () => {
  env = await startRecoveryTestEnv({ withWorker: false, taskQueue });
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.crash()));
  await env?.close();
});

describe('worker crash (real worker processes, real Temporal, real PostgreSQL)', () => {
  it(
    'finishes an incident with every event exactly once after its worker is SIGKILLed twice mid-path',
    async () => {
      const first = await startWorker();
      const incident = await startIncident(
        env,
        // Deadlines far beyond the crash delays, so no overdue/escalation event joins the path.
        shortPolicy({
          acknowledgeWithin: 'PT10M',
          resolveWithin: 'PT10M',
          followUpAfter: 'PT2S',
          feedbackWindow: 'PT1S',
        }),
      );
      await incident.handle.executeUpdate(acknowledgeUpdate, { args: [by(frontline)] });

      // Crash 1: the remedy proposal is accepted; its events and the delivery are still
      // being written when the worker dies.
      const proposal = await incident.handle.startUpdate(proposeRemedyUpdate, {
        args: [
          {
            type: 'taxi',
            amount: 20,
            currency: 'EUR',
            description: 'Taxi to the hotel',
            ...by(frontline),
          },
        ],
        waitForStage: WorkflowUpdateStage.ACCEPTED,
      });
      expect(await first.crash()).toBe('SIGKILL');
      const atFirstCrash = typesOf(await env.eventStore.readStream(incident.streamId));

      const second = await startWorker();
      expect(await within(incident, 'the remedy update', proposal.result())).toMatchObject({
        remedyStatus: 'approved',
      });
      const untilDelivered = waitForStream(
        env,
        incident.streamId,
        has('RemedyDelivered'),
        2 * SLOW_STEP_MS,
      );
      await within(incident, 'the remedy delivery', untilDelivered);
      // The stream can run ahead of the workflow's state; resolve against the state.
      await waitForState(incident.handle, (state) => state.remedies[0]?.status === 'delivered');

      // Crash 2: resolved, the follow-up timer (2 s) is pending when the worker dies.
      await incident.handle.executeUpdate(resolveUpdate, {
        args: [{ outcome: 'fixed', summary: 'Battery replaced', ...by(frontline) }],
      });
      expect(await second.crash()).toBe('SIGKILL');
      const atSecondCrash = typesOf(await env.eventStore.readStream(incident.streamId));
      expect(atSecondCrash.at(-1)).toBe('IncidentResolved');

      const third = await startWorker();
      expect(await within(incident, 'closing', incident.handle.result())).toMatchObject({
        status: 'closed',
      });

      const events = await expectSoundStream(env, incident);
      // Exact list: a duplicated or a lost event fails here.
      expect(typesOf(events)).toEqual([
        'IncidentOpened',
        'IncidentAcknowledged',
        'RemedyProposed',
        'RemedyApproved',
        'RemedyDelivered',
        'IncidentResolved',
        'FollowUpSent',
        'FollowUpUnanswered',
        'IncidentClosed',
      ]);
      // What was written before each crash stayed as it was: the stream only grew.
      expect(typesOf(events).slice(0, atFirstCrash.length)).toEqual(atFirstCrash);
      expect(typesOf(events).slice(0, atSecondCrash.length)).toEqual(atSecondCrash);
      // The path really crossed the crashes: the first and the last worker both completed tasks.
      const identities = await workflowTaskIdentities(incident.handle);
      expect(identities.some((id) => id.startsWith(first.identityPrefix))).toBe(true);
      expect(identities.some((id) => id.startsWith(third.identityPrefix))).toBe(true);
    },
    CRASH_TEST_TIMEOUT_MS,
  );
});
