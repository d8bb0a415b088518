import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WithStartWorkflowOperation, type WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { toIsoTimestamp } from '@recovery/domain';
import {
  acknowledgeUpdate,
  decideApprovalUpdate,
  incidentRecovery,
  incidentStateQuery,
  keepPromiseUpdate,
  makePromiseUpdate,
  proposeRemedyUpdate,
  recordFeedbackUpdate,
  reopenUpdate,
  resolveUpdate,
} from '@recovery/workflows';
import {
  by,
  frontline,
  manager,
  rejectionCode,
  secondSupervisor,
  shortPolicy,
  type StartedIncident,
  startIncident,
  storedPolicy,
  supervisor,
  waitForNewRun,
  waitForState,
} from './support/recovery-fixtures';
import {
  has,
  type RecoveryTestEnv,
  startRecoveryTestEnv,
  waitForStream,
} from './support/recovery-test-env';
import { expectSoundStream, typesOf } from './support/stream-assertions';

let env: RecoveryTestEnv;
// Runs whose histories become replay fixtures: every path, the timer-driven ones included.
const recorded: WorkflowHandle[] = [];

beforeAll(async () => {
  env = await startRecoveryTestEnv();
});

afterAll(async () => {
  // RECORD_FIXTURES=1 refreshes the replay fixtures from this run's real histories.
  if (process.env.RECORD_FIXTURES === '1') {
    for (const [index, handle] of recorded.entries()) {
      const history = await handle.fetchHistory();
      const file = resolve(import.meta.dirname, 'fixtures', `incident-recovery-${index + 1}.binpb`);
      // Binary protobuf: the JSON form needs historyFromJSON, which fails with this
      // install's two protobufjs copies ("type must be a Type").
      writeFileSync(file, temporal.api.history.v1.History.encode(history).finish());
    }
  }
  await env?.close();
});

async function acknowledged(policy = shortPolicy()): Promise<StartedIncident> {
  const incident = await startIncident(env, policy);
  await incident.handle.executeUpdate(acknowledgeUpdate, { args: [by(frontline)] });
  return incident;
}

async function resolveAndAnswer(incident: StartedIncident): Promise<void> {
  await incident.handle.executeUpdate(resolveUpdate, {
    args: [{ outcome: 'fixed', summary: 'Car replaced', ...by(frontline) }],
  });
  await waitForState(incident.handle, (state) => state.followUp?.status === 'awaiting');
  await incident.handle.executeUpdate(recordFeedbackUpdate, {
    args: [{ score: 5, level: 'delighted', ...by(frontline) }],
  });
  expect(await incident.handle.result()).toMatchObject({ status: 'closed' });
}

describe('incident recovery workflow (real Temporal, real PostgreSQL)', () => {
  it('climbs the escalation ladder while acknowledgement is overdue, then records the late acknowledgement', async () => {
    const incident = await startIncident(env, shortPolicy({ acknowledgeWithin: 'PT1S' }));
    await waitForStream(env, incident.streamId, has('IncidentEscalated', 2));
    const answer = await incident.handle.executeUpdate(acknowledgeUpdate, {
      args: [by(frontline)],
    });
    expect(answer.status).toBe('acknowledged');
    const events = await env.eventStore.readStream(incident.streamId);
    expect(typesOf(events)).toEqual([
      'IncidentOpened',
      'AcknowledgementOverdue',
      'IncidentEscalated',
      'IncidentEscalated',
      'IncidentAcknowledged',
    ]);
    expect(events.slice(2, 4).map((e) => [e.data.level, e.data.to, e.data.reason])).toEqual([
      [1, 'supervisor', 'acknowledgement_overdue'],
      [2, 'manager', 'acknowledgement_overdue'],
    ]);
    expect(events[4].data).toMatchObject({ withinDeadline: false });
    expect(events[1].metadata.actor).toMatchObject({ role: 'system' });
    recorded.push(incident.handle);
    await incident.handle.terminate('test done');
  });

  it('grants a remedy within the frontline limit at once and delivers it', async () => {
    const incident = await acknowledged();
    const answer = await incident.handle.executeUpdate(proposeRemedyUpdate, {
      args: [
        {
          type: 'taxi',
          amount: 20,
          currency: 'EUR',
          description: 'Taxi to the hotel',
          ...by(frontline),
        },
      ],
    });
    expect(answer).toMatchObject({ remedyStatus: 'approved' });
    const events = await waitForStream(env, incident.streamId, has('RemedyDelivered'));
    expect(typesOf(events).slice(2)).toEqual([
      'RemedyProposed',
      'RemedyApproved',
      'RemedyDelivered',
    ]);
    expect(events[3].data).toMatchObject({
      via: 'within_limit',
      requiredAuthority: 'frontline',
      rule: { frontlineLimit: 2500 },
    });
    await resolveAndAnswer(incident);
    recorded.push(incident.handle);
    await expectSoundStream(env, incident);
  });

  it('sends a remedy above the limit for approval; a supervisor grants it and it is delivered', async () => {
    const incident = await acknowledged();
    const proposal = await incident.handle.executeUpdate(proposeRemedyUpdate, {
      args: [
        {
          type: 'taxi',
          amount: 90,
          currency: 'EUR',
          description: 'Taxi to the airport',
          ...by(frontline),
        },
      ],
    });
    expect(proposal.remedyStatus).toBe('pending_approval');
    expect(typeof proposal.approvalId).toBe('string');
    await incident.handle.executeUpdate(decideApprovalUpdate, {
      args: [
        {
          approvalId: proposal.approvalId!,
          decision: 'approve',
          reason: 'Customer stranded',
          ...by(supervisor),
        },
      ],
    });
    const events = await waitForStream(env, incident.streamId, has('RemedyDelivered'));
    expect(typesOf(events).slice(2)).toEqual([
      'RemedyProposed',
      'ApprovalRequested',
      'ApprovalGranted',
      'RemedyApproved',
      'RemedyDelivered',
    ]);
    expect(events[4].data).toMatchObject({
      approver: { id: 'sam', role: 'supervisor' },
      requiredAuthority: 'supervisor',
      amount: 9000,
    });
    await resolveAndAnswer(incident);
    recorded.push(incident.handle);
    await expectSoundStream(env, incident);
  });

  it('records a denial with the approver and reason, and delivers nothing', async () => {
    const incident = await acknowledged();
    const proposal = await incident.handle.executeUpdate(proposeRemedyUpdate, {
      args: [
        {
          type: 'taxi',
          amount: 200,
          currency: 'EUR',
          description: 'Taxi to another city',
          ...by(frontline),
        },
      ],
    });
    await incident.handle.executeUpdate(decideApprovalUpdate, {
      args: [
        {
          approvalId: proposal.approvalId!,
          decision: 'deny',
          reason: 'Train is faster',
          ...by(manager),
        },
      ],
    });
    const state = await incident.handle.query(incidentStateQuery);
    expect(state.remedies[0]).toMatchObject({ status: 'denied', requiredAuthority: 'manager' });
    const events = await env.eventStore.readStream(incident.streamId);
    expect(events.at(-1)).toMatchObject({
      type: 'ApprovalDenied',
      data: { reason: 'Train is faster', approver: { id: 'max', role: 'manager' } },
    });
    await incident.handle.terminate('test done');
  });

  it('escalates an undecided approval up the ladder and then expires it', async () => {
    const incident = await acknowledged(shortPolicy({ approvalTimeout: 'PT1S' }));
    const proposal = await incident.handle.executeUpdate(proposeRemedyUpdate, {
      args: [{ type: 'taxi', amount: 90, currency: 'EUR', description: 'Taxi', ...by(frontline) }],
    });
    const events = await waitForStream(env, incident.streamId, has('ApprovalExpired'));
    expect(typesOf(events).slice(2)).toEqual([
      'RemedyProposed',
      'ApprovalRequested',
      'IncidentEscalated',
      'IncidentEscalated',
      'ApprovalExpired',
    ]);
    expect(events[4].data).toMatchObject({
      reason: 'approval_overdue',
      subjectId: proposal.approvalId,
      level: 1,
    });
    const late = await incident.handle
      .executeUpdate(decideApprovalUpdate, {
        args: [
          {
            approvalId: proposal.approvalId!,
            decision: 'approve',
            reason: 'late',
            ...by(supervisor),
          },
        ],
      })
      .catch((error: unknown) => error);
    expect(rejectionCode(late)).toBe('approval_already_decided');
    recorded.push(incident.handle);
    await incident.handle.terminate('test done');
  });

  it('refuses self-approval and an approver whose role does not cover the amount, before history', async () => {
    const incident = await acknowledged();
    const proposal = await incident.handle.executeUpdate(proposeRemedyUpdate, {
      args: [{ type: 'taxi', amount: 200, currency: 'EUR', description: 'Taxi', ...by(frontline) }],
    });
    const decide = (actor: typeof supervisor) =>
      incident.handle.executeUpdate(decideApprovalUpdate, {
        args: [
          { approvalId: proposal.approvalId!, decision: 'approve', reason: 'ok', ...by(actor) },
        ],
      });
    const selfError = await decide({ ...frontline, role: 'manager' }).catch(
      (error: unknown) => error,
    );
    expect(rejectionCode(selfError)).toBe('self_approval_forbidden');
    const roleError = await decide(supervisor).catch((error: unknown) => error);
    expect(rejectionCode(roleError)).toBe('approver_role_insufficient');
    const events = await env.eventStore.readStream(incident.streamId);
    expect(typesOf(events).at(-1)).toBe('ApprovalRequested');
    const history = await incident.handle.fetchHistory();
    const rejectedUpdates = history.events?.filter(
      (e) =>
        e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ===
        'decideApproval',
    );
    expect(rejectedUpdates).toHaveLength(0);
    await incident.handle.terminate('test done');
  });

  it('lets exactly one of two racing supervisors decide; the other gets approval_already_decided', async () => {
    const incident = await acknowledged();
    const proposal = await incident.handle.executeUpdate(proposeRemedyUpdate, {
      args: [{ type: 'taxi', amount: 90, currency: 'EUR', description: 'Taxi', ...by(frontline) }],
    });
    const results = await Promise.allSettled(
      [
        { actor: supervisor, decision: 'approve' as const },
        { actor: secondSupervisor, decision: 'deny' as const },
      ].map(({ actor, decision }) =>
        incident.handle.executeUpdate(decideApprovalUpdate, {
          args: [{ approvalId: proposal.approvalId!, decision, reason: 'race', ...by(actor) }],
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejectionCode(rejected?.reason)).toBe('approval_already_decided');
    const events = await env.eventStore.readStream(incident.streamId);
    expect(
      typesOf(events).filter((t) => t === 'ApprovalGranted' || t === 'ApprovalDenied'),
    ).toHaveLength(1);
    await incident.handle.terminate('test done');
  });

  it('records a promise kept on time', async () => {
    const incident = await acknowledged();
    const { promiseId } = await incident.handle.executeUpdate(makePromiseUpdate, {
      args: [
        {
          description: 'Taxi within 20 minutes',
          dueAt: toIsoTimestamp(Date.now() + 60_000),
          ...by(frontline),
        },
      ],
    });
    await incident.handle.executeUpdate(keepPromiseUpdate, {
      args: [{ promiseId, ...by(frontline) }],
    });
    const events = await env.eventStore.readStream(incident.streamId);
    expect(events.at(-1)).toMatchObject({
      type: 'PromiseKept',
      data: { onTime: true, latenessMs: 0 },
    });
    await resolveAndAnswer(incident);
    recorded.push(incident.handle);
    await expectSoundStream(env, incident);
  });

  it('breaks an overdue promise, escalates it, and records the lateness when it is kept late', async () => {
    const incident = await acknowledged();
    const { promiseId } = await incident.handle.executeUpdate(makePromiseUpdate, {
      args: [
        {
          description: 'Call back within a second',
          dueAt: toIsoTimestamp(Date.now() + 1000),
          fulfilledBy: { kind: 'team', id: 'AMS-desk' },
          ...by(frontline),
        },
      ],
    });
    await waitForStream(env, incident.streamId, has('IncidentEscalated'));
    await incident.handle.executeUpdate(keepPromiseUpdate, {
      args: [{ promiseId, ...by(supervisor) }],
    });
    const events = await env.eventStore.readStream(incident.streamId);
    const types = typesOf(events);
    expect(types).toContain('PromiseBroken');
    expect(types.indexOf('PromiseBroken')).toBeLessThan(types.indexOf('IncidentEscalated'));
    const kept = events.find((e) => e.type === 'PromiseKept');
    expect(kept?.data).toMatchObject({ onTime: false });
    expect(kept?.data.latenessMs).toBeGreaterThan(900);
    recorded.push(incident.handle);
    await incident.handle.terminate('test done');
  });

  it('follows up after resolution, records the answer and closes at once', async () => {
    const incident = await acknowledged(shortPolicy({ followUpAfter: 'PT1S' }));
    await resolveAndAnswer(incident);
    const events = await expectSoundStream(env, incident);
    expect(typesOf(events).slice(-4)).toEqual([
      'IncidentResolved',
      'FollowUpSent',
      'FeedbackReceived',
      'IncidentClosed',
    ]);
    expect(events.at(-1)?.data).toMatchObject({ reason: 'feedback_received' });
    expect(events.at(-2)?.data).toMatchObject({ score: 5, level: 'delighted' });
    recorded.push(incident.handle);
  });

  it('records an unanswered follow-up and closes when the feedback window ends', async () => {
    const incident = await acknowledged(
      shortPolicy({ followUpAfter: 'PT1S', feedbackWindow: 'PT1S' }),
    );
    await incident.handle.executeUpdate(resolveUpdate, {
      args: [{ outcome: 'workaround', summary: 'Jump-started', ...by(frontline) }],
    });
    expect(await incident.handle.result()).toMatchObject({ status: 'closed' });
    const events = await expectSoundStream(env, incident);
    expect(typesOf(events).slice(-4)).toEqual([
      'IncidentResolved',
      'FollowUpSent',
      'FollowUpUnanswered',
      'IncidentClosed',
    ]);
    recorded.push(incident.handle);
  });

  it('reopens a resolved incident (rework) and continues from remedies', async () => {
    const incident = await acknowledged();
    await incident.handle.executeUpdate(resolveUpdate, {
      args: [{ outcome: 'fixed', summary: 'Battery replaced', ...by(frontline) }],
    });
    const answer = await incident.handle.executeUpdate(reopenUpdate, {
      args: [{ reason: 'Battery dead again', ...by(frontline) }],
    });
    expect(answer.status).toBe('reopened');
    const proposal = await incident.handle.executeUpdate(proposeRemedyUpdate, {
      args: [{ type: 'taxi', amount: 15, currency: 'EUR', description: 'Taxi', ...by(frontline) }],
    });
    expect(proposal.remedyStatus).toBe('approved');
    await waitForStream(env, incident.streamId, has('RemedyDelivered'));
    await resolveAndAnswer(incident);
    const events = await expectSoundStream(env, incident);
    expect(events.find((e) => e.type === 'IncidentReopened')?.data).toMatchObject({
      previousStatus: 'resolved',
      reopenCount: 1,
    });
    recorded.push(incident.handle);
  });

  it('reopens a closed incident as a new run that loads the stream itself (update-with-start)', async () => {
    // The new run reads the pinned policy version from the store, so it must be a stored one.
    const policy = await storedPolicy(env, shortPolicy({ followUpAfter: 'PT1S' }));
    const incident = await acknowledged(policy);
    await resolveAndAnswer(incident);
    const closedEvents = await env.eventStore.readStream(incident.streamId);
    const answer = await env.client.workflow.executeUpdateWithStart(reopenUpdate, {
      args: [{ reason: 'Customer came back', ...by(frontline) }],
      startWorkflowOperation: new WithStartWorkflowOperation(incidentRecovery, {
        workflowId: incident.handle.workflowId,
        taskQueue: env.taskQueue,
        workflowIdConflictPolicy: 'USE_EXISTING',
        args: [{ ...incident.input, start: { kind: 'load' } }],
      }),
    });
    expect(answer).toMatchObject({ status: 'reopened', version: closedEvents.length + 2 });
    const reopened = {
      ...incident,
      handle: env.client.workflow.getHandle<typeof incidentRecovery>(incident.handle.workflowId),
    };
    await resolveAndAnswer(reopened);
    const events = await expectSoundStream(env, reopened);
    expect(typesOf(events).slice(closedEvents.length)).toEqual([
      'IncidentReopened',
      'DeadlinesRescheduled',
      'IncidentResolved',
      'FollowUpSent',
      'FeedbackReceived',
      'IncidentClosed',
    ]);
    expect(new Set(events.map((e) => e.metadata.runId)).size).toBe(2);
    recorded.push(reopened.handle);
  });

  it('continues as new when history grows, keeping state and open loops', async () => {
    const incident = await startIncident(env, shortPolicy({ followUpAfter: 'PT1S' }), {
      eventsPerRunLimit: 3,
    });
    const firstRunId = (await incident.handle.describe()).runId;
    await incident.handle.executeUpdate(acknowledgeUpdate, { args: [by(frontline)] });
    const proposal = await incident.handle.executeUpdate(proposeRemedyUpdate, {
      args: [{ type: 'taxi', amount: 90, currency: 'EUR', description: 'Taxi', ...by(frontline) }],
    });
    const handle = env.client.workflow.getHandle<typeof incidentRecovery>(
      incident.handle.workflowId,
    );
    await waitForNewRun(handle, firstRunId);
    await handle.executeUpdate(decideApprovalUpdate, {
      args: [
        { approvalId: proposal.approvalId!, decision: 'approve', reason: 'ok', ...by(supervisor) },
      ],
    });
    await waitForStream(env, incident.streamId, has('RemedyDelivered'));
    await resolveAndAnswer({ ...incident, handle });
    const events = await expectSoundStream(env, { ...incident, handle });
    expect(new Set(events.map((e) => e.metadata.runId)).size).toBeGreaterThan(1);
    expect(typesOf(events).filter((t) => t === 'RemedyDelivered')).toHaveLength(1);
    recorded.push(env.client.workflow.getHandle(incident.handle.workflowId, firstRunId));
  });
});
