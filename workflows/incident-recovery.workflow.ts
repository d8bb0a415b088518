/**
 * The service-recovery path of one incident (issue 4): open → acknowledge →
 * remedies and promises → resolve → follow up → close, with every deadline
 * watched and escalated (see open-loops.ts) and every step stored as an event.
 *
 * Versioning: this code must replay every history it has ever written. A change
 * that alters the commands a history produced goes behind `patched('<change-id>')`
 * (old branch kept for running histories), later `deprecatePatch('<change-id>')`
 * once no open history lacks the patch, and is finally removed. The fixtures in
 * test/workflows/fixtures/ are replayed on every test run to catch a change that
 * forgot its patch.
 */
import { allHandlersFinished, condition, continueAsNew } from '@temporalio/workflow';
import { followUpAndClose } from './follow-up';
import { registerCommandHandlers } from './command-handlers';
import {
  type IncidentRecoveryInput,
  type IncidentRecoveryResult,
} from './incident-recovery.messages';
import { openLoopFor, resumeOpenLoops } from './open-loops';
import { RECOVERY_WORKFLOW_ACTOR, RecoveryRun } from './recovery-run';

/** How long a run resumed to reopen a closed incident waits for the reopen that started it. */
const REOPEN_GRACE = '1 minute';

export async function incidentRecovery(
  input: IncidentRecoveryInput,
): Promise<IncidentRecoveryResult> {
  const run = new RecoveryRun(input);
  run.onEvent((event) => openLoopFor(run, event));
  if (input.start.kind === 'open') {
    const opened = { type: 'IncidentOpened' as const, data: input.start.opened };
    // Folded before the handlers are registered and before it is stored: a command
    // buffered in the first workflow task (an acknowledgement right after opening)
    // then validates against an open incident, and waits on the mutex until
    // IncidentOpened is in the stream.
    run.fold([opened]);
    registerCommandHandlers(run);
    await run.mutex.runExclusive(() =>
      run.store([opened], { actor: opened.data.openedBy, correlationId: input.correlationId }),
    );
  } else {
    registerCommandHandlers(run);
    resumeOpenLoops(run);
  }

  await Promise.race([recoveryPath(run), continueAsNewWhenDue(run)]);
  return { incidentId: input.incidentId, status: run.state.status, version: run.state.version };
}

/** Works the incident until it closes, looping back after every reopening. */
async function recoveryPath(run: RecoveryRun): Promise<void> {
  if (
    run.state.status === 'closed' &&
    !(await condition(() => run.state.status !== 'closed', REOPEN_GRACE))
  )
    return;
  for (;;) {
    await condition(() => run.state.status === 'resolved' || run.stopping);
    if (run.stopping) return new Promise<void>(() => undefined);
    const outcome = await followUpAndClose(run);
    if (outcome === 'closed') break;
    if (outcome === 'stopping') return new Promise<void>(() => undefined);
  }
  await run.allLoopsFinished();
}

/**
 * Long incidents stay healthy (TEMPORAL.md): when history grows, stop the loops,
 * let running handlers finish, and hand the folded state to a fresh run.
 */
async function continueAsNewWhenDue(run: RecoveryRun): Promise<never> {
  await condition(() => run.shouldContinueAsNew() && run.state.status !== 'closed');
  run.stopping = true;
  await condition(() => allHandlersFinished() && run.mutex.idle);
  return continueAsNew<typeof incidentRecovery>({
    ...run.input,
    correlationId: run.input.correlationId,
    start: { kind: 'resume', state: run.state, reason: 'continue_as_new' },
  });
}

export { RECOVERY_WORKFLOW_ACTOR };
