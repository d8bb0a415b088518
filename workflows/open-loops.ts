/**
 * DOMAIN.md §2: every open loop has a timer, an owner and an escalation. Each
 * function here watches one deadline and climbs the policy's ladder while it stays
 * missed. They derive everything from the state, so after continue-as-new the
 * next run restarts them and they pick up where the last run stopped.
 */
import { proxyActivities } from '@temporalio/workflow';
import {
  acknowledgementOverdue,
  type ApprovalId,
  approvalExpired,
  escalated,
  type EscalationReason,
  type IncidentEvent,
  type IsoTimestamp,
  nextRung,
  type PromiseId,
  promiseBroken,
  promiseUnconfirmed,
  remedyDelivered,
  resolutionOverdue,
  resolveClockRunning,
} from '@recovery/domain';
import { rungTime } from './business-hours';
import { type RecoveryActivities } from './incident-recovery.activities';
import { type RecoveryRun } from './recovery-run';

const { deliverRemedy } = proxyActivities<RecoveryActivities>({
  summary: 'deliver remedy',
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** How each missed deadline reads in a timer's summary. */
const REASON_NAMES: Readonly<Record<EscalationReason, string>> = {
  acknowledgement_overdue: 'acknowledgement overdue',
  resolution_overdue: 'resolution overdue',
  approval_overdue: 'approval overdue',
  promise_broken: 'promise broken',
};

/**
 * Climbs rung after rung (each `after` counted from the missed deadline; a
 * business-hours-only rung waits for the site to open) until `settled`.
 */
async function climbLadder(
  run: RecoveryRun,
  reason: EscalationReason,
  missed: IsoTimestamp,
  settled: () => boolean,
  subjectId?: ApprovalId | PromiseId,
): Promise<void> {
  for (;;) {
    const step = nextRung(run.state, run.policy.document, reason, missed, subjectId);
    if (step === undefined) return;
    const summary = `${REASON_NAMES[reason]}: escalation rung ${step.level}`;
    if (await run.waitUntil(await rungTime(run, step.rung, step.at), settled, summary)) return;
    const climbed = await run.emitIf(
      () =>
        !settled() &&
        nextRung(run.state, run.policy.document, reason, missed, subjectId)?.level === step.level,
      (state, now) => [escalated(state, step, reason, missed, now, subjectId)],
    );
    if (!climbed && (settled() || run.stopping)) return;
  }
}

const closed = (run: RecoveryRun): boolean => run.state.status === 'closed';

async function watchAcknowledgement(run: RecoveryRun): Promise<void> {
  const deadline = run.state.deadlines.acknowledgeBy;
  const acknowledged = (): boolean => run.state.status !== 'open';
  if (await run.waitUntil(deadline, acknowledged, 'acknowledgement deadline')) return;
  await run.emitIf(
    () => !acknowledged() && !run.state.acknowledgementOverdue,
    (state, now) => [acknowledgementOverdue(state, now)],
  );
  await climbLadder(run, 'acknowledgement_overdue', deadline, acknowledged);
}

async function watchResolution(run: RecoveryRun): Promise<void> {
  const deadline = run.state.deadlines.resolveBy;
  // A reopening or a resumed pause sets the deadline again, watched by a new loop;
  // this one ends, as it does while the clock is paused.
  const settled = (): boolean =>
    !resolveClockRunning(run.state) || run.state.deadlines.resolveBy !== deadline;
  if (await run.waitUntil(deadline, settled, 'resolution deadline')) return;
  await run.emitIf(
    () => !settled() && !run.state.resolutionOverdue,
    (state, now) => [resolutionOverdue(state, now)],
  );
  await climbLadder(run, 'resolution_overdue', deadline, settled);
}

async function watchApproval(run: RecoveryRun, approvalId: ApprovalId): Promise<void> {
  const approval = run.state.approvals.find((a) => a.approvalId === approvalId);
  if (approval === undefined) return;
  const decided = (): boolean =>
    closed(run) ||
    run.state.approvals.find((a) => a.approvalId === approvalId)?.status !== 'pending';
  if (await run.waitUntil(approval.deadline, decided, 'approval deadline')) return;
  await climbLadder(run, 'approval_overdue', approval.deadline, decided, approvalId);
  if (await run.waitUntil(approval.expiresAt, decided, 'approval expiry')) return;
  await run.emitIf(
    () => !decided(),
    (state, now) => [approvalExpired(state, approvalId, now, 'timeout')],
  );
}

async function watchPromiseConfirmation(run: RecoveryRun, promiseId: PromiseId): Promise<void> {
  const promise = (): ReturnType<typeof run.state.promises.find> =>
    run.state.promises.find((p) => p.promiseId === promiseId);
  const confirmBy = promise()?.confirmBy;
  if (confirmBy === undefined) return;
  const settled = (): boolean =>
    closed(run) ||
    promise()?.status !== 'open' ||
    promise()?.confirmedBy !== undefined ||
    promise()?.unconfirmed === true;
  if (await run.waitUntil(confirmBy, settled, 'promise confirmation deadline')) return;
  await run.emitIf(
    () => !settled(),
    (state, now) => [promiseUnconfirmed(state, promiseId, now)],
  );
}

async function watchPromise(run: RecoveryRun, promiseId: PromiseId): Promise<void> {
  const promise = run.state.promises.find((p) => p.promiseId === promiseId);
  if (promise === undefined) return;
  const status = (): string | undefined =>
    run.state.promises.find((p) => p.promiseId === promiseId)?.status;
  const kept = (): boolean => closed(run) || status() !== 'open';
  if (await run.waitUntil(promise.dueAt, kept, 'promise due')) return;
  await run.emitIf(
    () => !closed(run) && status() === 'open',
    (state, now) => [promiseBroken(state, promiseId, now)],
  );
  await climbLadder(
    run,
    'promise_broken',
    promise.dueAt,
    () => closed(run) || status() === 'kept',
    promiseId,
  );
}

async function deliver(run: RecoveryRun, remedyId: string): Promise<void> {
  const remedy = run.state.remedies.find((r) => r.remedyId === remedyId);
  if (remedy === undefined || remedy.status !== 'approved') return;
  const { deliveryRef } = await deliverRemedy({
    incidentId: run.input.incidentId,
    remedyId,
    remedyType: remedy.remedyType,
    amount: remedy.amount,
    currency: remedy.currency,
    customerRef: run.state.customerRef,
    site: run.state.site,
  });
  const undelivered = (): boolean =>
    run.state.remedies.find((r) => r.remedyId === remedyId)?.status === 'approved';
  await run.emitIf(undelivered, (state, now) => [
    remedyDelivered(state, remedyId, deliveryRef, now),
  ]);
}

/** Starts the loop an event opens (a new deadline, an approval, a promise, a delivery). */
export function openLoopFor(run: RecoveryRun, event: IncidentEvent): void {
  switch (event.type) {
    case 'IncidentOpened':
      run.spawn(() => watchAcknowledgement(run));
      run.spawn(() => watchResolution(run));
      return;
    case 'IncidentReopened':
      run.spawn(() => watchResolution(run));
      return;
    case 'DeadlinesRescheduled':
      // A reopening's new deadline is watched from IncidentReopened (which streams from
      // before issue 12 hold alone); a resumed clock's here.
      if (event.data.reason === 'sla_clock_resumed') run.spawn(() => watchResolution(run));
      return;
    case 'ApprovalRequested':
      run.spawn(() => watchApproval(run, event.data.approvalId));
      return;
    case 'RemedyApproved':
      run.spawn(() => deliver(run, event.data.remedyId));
      return;
    case 'PromiseMade':
      run.spawn(() => watchPromise(run, event.data.promiseId));
      if (event.data.requiresConfirmation)
        run.spawn(() => watchPromiseConfirmation(run, event.data.promiseId));
      return;
    // Events that open no loop of their own.
    case 'IncidentAcknowledged':
    case 'AcknowledgementOverdue':
    case 'IncidentEscalated':
    case 'RemedyProposed':
    case 'ApprovalGranted':
    case 'ApprovalDenied':
    case 'ApprovalExpired':
    case 'RemedyDelivered':
    case 'PromiseConfirmed':
    case 'PromiseUnconfirmed':
    case 'PromiseKept':
    case 'PromiseBroken':
    case 'IncidentResolved':
    case 'ResolutionOverdue':
    case 'FollowUpSent':
    case 'FeedbackReceived':
    case 'FollowUpUnanswered':
    case 'IncidentClosed':
    case 'NoteAdded':
    case 'CustomerContacted':
    case 'IncidentReassigned':
    case 'SlaClockPaused':
    case 'SlaClockResumed':
      return;
    default: {
      const unhandled: never = event;
      throw new Error(`no loop rule for ${(unhandled as IncidentEvent).type}`);
    }
  }
}

/** After continue-as-new or a reopen of a closed incident: restart every loop the state still has open. */
export function resumeOpenLoops(run: RecoveryRun): void {
  const { state } = run;
  if (state.status === 'open') run.spawn(() => watchAcknowledgement(run));
  if (resolveClockRunning(state)) run.spawn(() => watchResolution(run));
  for (const approval of state.approvals)
    if (approval.status === 'pending') run.spawn(() => watchApproval(run, approval.approvalId));
  for (const remedy of state.remedies)
    if (remedy.status === 'approved') run.spawn(() => deliver(run, remedy.remedyId));
  for (const promise of state.promises) {
    if (promise.status === 'open') run.spawn(() => watchPromise(run, promise.promiseId));
    if (promise.status === 'broken')
      run.spawn(() =>
        climbLadder(
          run,
          'promise_broken',
          promise.dueAt,
          () =>
            closed(run) ||
            run.state.promises.find((p) => p.promiseId === promise.promiseId)?.status === 'kept',
          promise.promiseId,
        ),
      );
    if (promise.status === 'open' && promise.confirmBy !== undefined)
      run.spawn(() => watchPromiseConfirmation(run, promise.promiseId));
  }
}
