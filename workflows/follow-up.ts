/**
 * DOMAIN.md §6: after resolution the customer is asked how it went; the answer (or
 * its absence) is recorded and the incident closes. A reopening at any point sends
 * the path back to work on the incident.
 */
import { proxyActivities, uuid4 } from '@temporalio/workflow';
import {
  addDuration,
  approvalExpired,
  followUpSent,
  followUpUnanswered,
  incidentClosed,
  pendingApprovals,
} from '@recovery/domain';
import { type RecoveryActivities } from './incident-recovery.activities';
import { type RecoveryRun } from './recovery-run';

const { sendFollowUp } = proxyActivities<RecoveryActivities>({
  summary: 'send follow-up',
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '5 minutes', backoffCoefficient: 2 },
});

/** Follows up and closes; returns 'reopened' when the incident was reopened first. */
export async function followUpAndClose(
  run: RecoveryRun,
): Promise<'closed' | 'reopened' | 'stopping'> {
  const reopened = (): boolean => run.state.status !== 'resolved';
  const outcome = (): 'reopened' | 'stopping' => (run.stopping ? 'stopping' : 'reopened');

  if (run.state.followUp === undefined) {
    const resolvedAt = run.state.resolvedAt ?? run.now();
    const followUpAt = addDuration(resolvedAt, run.policy.document.followUpAfter);
    if (await run.waitUntil(followUpAt, reopened, 'follow-up due')) return outcome();
    const followUpId = uuid4();
    const answerBy = addDuration(run.now(), run.policy.document.feedbackWindow);
    const sent = await sendFollowUp({
      incidentId: run.input.incidentId,
      followUpId,
      customerRef: run.state.customerRef,
      channel: run.state.channel,
      site: run.state.site,
      summary: run.state.resolution?.summary ?? run.state.summary,
      answerBy,
    });
    const recorded = await run.emitIf(
      () => !reopened() && run.state.followUp === undefined,
      (state, now) => [followUpSent(state, followUpId, sent, run.policy.document, now)],
    );
    if (!recorded) return outcome();
  }

  const answerBy = run.state.followUp?.answerBy ?? run.now();
  const awaiting = (): boolean => run.state.followUp?.status === 'awaiting';
  if (!(await run.waitUntil(answerBy, () => reopened() || !awaiting(), 'feedback window'))) {
    await run.emitIf(
      () => !reopened() && awaiting(),
      (state, now) => [followUpUnanswered(state, now)],
    );
  }
  if (reopened() || run.stopping) return outcome();
  const closed = await run.emitIf(
    () => !reopened(),
    (state, now) => [
      // An approval still pending at closing can never be acted on: it expires with the incident.
      ...pendingApprovals(state).map((a) =>
        approvalExpired(state, a.approvalId, now, 'incident_closed'),
      ),
      incidentClosed(
        state,
        state.followUp?.status === 'answered' ? 'feedback_received' : 'follow_up_unanswered',
        now,
      ),
    ],
  );
  return closed ? 'closed' : outcome();
}
