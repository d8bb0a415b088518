import { type defineUpdate, log, setHandler } from '@temporalio/workflow';
import {
  acknowledge,
  addNote,
  confirmPromise,
  contactCustomer,
  type CommandContext,
  decideApproval,
  type IncidentEvent,
  type IncidentState,
  isDomainError,
  keepPromise,
  makePromise,
  proposeRemedy,
  reassign,
  recordFeedback,
  reopen,
  resolve,
} from '@recovery/domain';
import { rethrowAsFailure } from './domain-failure.util';
import * as messages from './incident-recovery.messages';
import {
  type CommandAccepted,
  type CommandArgs,
  type CommandOrigin,
} from './incident-recovery.messages';
import { type RecoveryRun } from './recovery-run';

type Decide<C> = (state: IncidentState, command: C, ctx: CommandContext) => IncidentEvent[];

/**
 * Registers one command as an update. The validator runs the domain decision on
 * the current state and rejects bad commands before they enter history; the
 * handler decides again inside the mutex (the state may have moved while it
 * waited, e.g. a racing supervisor) and stores the events.
 */
function command<C extends object, R extends CommandAccepted = CommandAccepted>(
  run: RecoveryRun,
  definition: ReturnType<typeof defineUpdate<R, [CommandArgs<C>]>>,
  decide: Decide<C>,
  extras: (events: IncidentEvent[]) => Omit<R, keyof CommandAccepted> = () =>
    ({}) as Omit<R, keyof CommandAccepted>,
): void {
  setHandler(
    definition,
    (args: CommandArgs<C>) =>
      run.mutex.runExclusive(async () => {
        let events: IncidentEvent[];
        try {
          events = decide(run.state, args, run.context(args.actor));
        } catch (error) {
          rethrowAsFailure(error);
        }
        await run.append(events, origin(args));
        const accepted: CommandAccepted = {
          incidentId: run.input.incidentId,
          status: run.state.status,
          version: run.state.version,
          eventTypes: events.map((e) => e.type),
        };
        return { ...accepted, ...extras(events) } as R;
      }),
    {
      validator: (args: CommandArgs<C>) => {
        try {
          decide(run.state, args, run.context(args.actor, true));
        } catch (error) {
          rethrowAsFailure(error);
        }
      },
    },
  );
}

const origin = ({ actor, correlationId, causationId }: CommandOrigin): CommandOrigin => ({
  actor,
  correlationId,
  ...(causationId !== undefined && { causationId }),
});

/** Wires every update, signal and query of the recovery workflow to the run. */
export function registerCommandHandlers(run: RecoveryRun): void {
  command(run, messages.acknowledgeUpdate, (state, _command, ctx) => acknowledge(state, ctx));
  command(run, messages.addNoteUpdate, addNote);
  command(run, messages.proposeRemedyUpdate, proposeRemedy, ([proposed, next]) => {
    if (proposed.type !== 'RemedyProposed')
      throw new Error('proposeRemedy must start with RemedyProposed');
    return next.type === 'ApprovalRequested'
      ? {
          remedyId: proposed.data.remedyId,
          remedyStatus: 'pending_approval' as const,
          approvalId: next.data.approvalId,
        }
      : { remedyId: proposed.data.remedyId, remedyStatus: 'approved' as const };
  });
  command(run, messages.decideApprovalUpdate, decideApproval);
  command(run, messages.makePromiseUpdate, makePromise, ([made]) => ({
    promiseId: made.type === 'PromiseMade' ? made.data.promiseId : '',
  }));
  command(run, messages.confirmPromiseUpdate, confirmPromise);
  command(run, messages.keepPromiseUpdate, keepPromise);
  command(run, messages.resolveUpdate, resolve);
  command(run, messages.recordFeedbackUpdate, recordFeedback);
  command(run, messages.reopenUpdate, reopen);
  command(run, messages.reassignUpdate, reassign);

  // A signal cannot be refused to its sender, so an invalid one is logged and dropped.
  setHandler(messages.customerContactedSignal, (args) =>
    run.mutex.runExclusive(async () => {
      try {
        const events = contactCustomer(run.state, args, run.context(args.actor));
        await run.append(events, origin(args));
      } catch (error) {
        if (!isDomainError(error)) throw error;
        log.warn('customer contact dropped', { code: error.code, message: error.message });
      }
    }),
  );

  setHandler(messages.incidentStateQuery, () => run.state);
}
