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

/** How long a run started for a closed incident (or for a refused opening) waits for a command. */
const IDLE_RUN_GRACE = '1 minute';

export async function incidentRecovery(
  input: IncidentRecoveryInput,
): Promise<IncidentRecoveryResult> {
  const run = new RecoveryRun(input);
  run.onEvent((event) => openLoopFor(run, event));
  run.onResume(() => resumeOpenLoops(run));
  const started = startRun(run);
  registerCommandHandlers(run);
  if (await started) await Promise.race([recoveryPath(run), continueAsNewWhenDue(run)]);
  return { incidentId: input.incidentId, status: run.state.status, version: run.state.version };
}

/**
 * Brings the run to a known incident; false when there is none to work on (an
 * opening that never came or was refused). A `load` takes the lock before any
 * handler is registered, so every command waits for the stream to be read.
 */
async function startRun(run: RecoveryRun): Promise<boolean> {
  const { start } = run.input;
  if (start.kind === 'load') {
    await run.mutex.runExclusive(() => run.load());
  } else if (start.kind === 'resume') {
    resumeOpenLoops(run);
  }
  return run.state.status !== 'new' || condition(() => run.state.status !== 'new', IDLE_RUN_GRACE);
}

/** Works the incident until it closes, looping back after every reopening. */
async function recoveryPath(run: RecoveryRun): Promise<void> {
  if (
    run.state.status === 'closed' &&
    !(await condition(() => run.state.status !== 'closed', IDLE_RUN_GRACE))
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
    start: { kind: 'resume', state: run.state, policy: run.policy, calendar: run.calendar },
  });
}

export { RECOVERY_WORKFLOW_ACTOR };
