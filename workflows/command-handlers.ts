import { type UpdateDefinition } from '@temporalio/common';
import { currentUpdateInfo, patched, setHandler } from '@temporalio/workflow';
import {
  decide,
  type IncidentCommand,
  type IncidentCommandData,
  type IncidentCommandType,
  type DeadlineQuote,
  type IncidentEvent,
  IncidentNotOpen,
  type PinnedPolicy,
} from '@recovery/domain';
import { quoteFor } from './business-hours';
import { domainFailure, rethrowAsFailure } from './domain-failure.util';
import * as messages from './incident-recovery.messages';
import {
  type CommandAccepted,
  type CommandArgs,
  type CommandOrigin,
  type IncidentOpenedAccepted,
  type OpenArgs,
} from './incident-recovery.messages';
import { type RecoveryRun } from './recovery-run';

type Extras<R> = (events: IncidentEvent[]) => Omit<R, keyof CommandAccepted>;

/** `decide`, with a domain rejection turned into the update's failure. */
function decideOrFail(
  run: RecoveryRun,
  command: IncidentCommand,
  origin: CommandOrigin,
  forValidation: boolean,
  policy?: PinnedPolicy,
  deadlines?: DeadlineQuote,
): IncidentEvent[] {
  try {
    const ctx = run.context(origin.actor, forValidation, policy, deadlines);
    return decide(command, run.state, ctx);
  } catch (error) {
    rethrowAsFailure(error);
  }
}

/**
 * A reopening records its new deadline's rules in DeadlinesRescheduled since issue 12.
 * A history that reopened before replays without it: folding an event its stream
 * never stored would put the run one version ahead of its stream.
 */
const REOPEN_RECORDS_DEADLINE_RULES = 'reopen-records-deadline-rules';

/** Decides a command for storing: with the deadline quote it needs, on the state as it is now. */
async function decideToStore(
  run: RecoveryRun,
  command: IncidentCommand,
  origin: CommandOrigin,
): Promise<IncidentEvent[]> {
  const deadlines = await quoteFor(run, command);
  const events = decideOrFail(run, command, origin, false, undefined, deadlines);
  if (command.type !== 'Reopen' || patched(REOPEN_RECORDS_DEADLINE_RULES)) return events;
  return events.filter((event) => event.type !== 'DeadlinesRescheduled');
}

/** Splits an update's arguments into the command and its origin. */
function commandOf<T extends IncidentCommandType>(
  type: T,
  { actor, correlationId, causationId, ...data }: CommandArgs<IncidentCommandData<T>>,
): { command: IncidentCommand; origin: CommandOrigin } {
  const origin = { actor, correlationId, ...(causationId !== undefined && { causationId }) };
  return { command: { type, data } as IncidentCommand, origin };
}

/**
 * Registers one command as an update. The validator runs the domain decision on
 * the current state and rejects bad commands before they enter history; the
 * handler decides again inside the mutex (the state may have moved while it
 * waited, e.g. a racing supervisor) and stores the events. Before the incident
 * exists (an opening still being stored, or a stream still being loaded) the
 * validator lets the command through and the handler decides once it may.
 */
function command<T extends IncidentCommandType, R extends CommandAccepted>(
  run: RecoveryRun,
  definition: UpdateDefinition<R, [CommandArgs<IncidentCommandData<T>>]>,
  type: T,
  extras: Extras<R> = () => ({}) as Omit<R, keyof CommandAccepted>,
): void {
  setHandler(
    definition,
    (args) => {
      const commandId = currentUpdateInfo()?.id;
      return run.mutex.runExclusive(async () => {
        const { command, origin } = commandOf(type, args);
        if (run.state.status === 'new')
          throw domainFailure(new IncidentNotOpen(run.input.incidentId, 'new', definition.name));
        const events = await run.record(
          () => decideToStore(run, command, origin),
          origin,
          commandId,
        );
        return { ...accepted(run, events), ...extras(events) } as R;
      });
    },
    {
      validator: (args: CommandArgs<IncidentCommandData<T>>) => {
        if (run.loading || run.state.status === 'new') return;
        const { command, origin } = commandOf(type, args);
        decideOrFail(run, command, origin, true);
      },
    },
  );
}

function accepted(run: RecoveryRun, events: IncidentEvent[]): CommandAccepted {
  return {
    incidentId: run.input.incidentId,
    status: run.state.status,
    version: run.state.version,
    eventTypes: events.map((e) => e.type),
  };
}

/**
 * Opening (issue 10): decided here on workflow time and answered once
 * IncidentOpened is stored. Idempotent: an incident that is already open decides
 * nothing and answers as it stands; a stream that already exists although this run
 * is new (the incident's earlier run has ended) is loaded, and answered the same way.
 */
function registerOpen(run: RecoveryRun): void {
  const openCommand = (args: OpenArgs): { command: IncidentCommand; origin: CommandOrigin } => {
    const { policy, calendar, ...rest } = args;
    return commandOf('OpenIncident', { ...rest, incidentId: run.input.incidentId });
  };
  setHandler(
    messages.openUpdate,
    (args) => {
      const commandId = currentUpdateInfo()?.id;
      return run.mutex.runExclusive(async () => {
        if (run.state.status === 'new') run.pin(args.policy, args.calendar);
        const { command, origin } = openCommand(args);
        const events = await run.record(
          () => decideToStore(run, command, origin),
          origin,
          commandId,
        );
        return opened(run, events);
      });
    },
    {
      validator: (args: OpenArgs) => {
        if (run.state.status !== 'new' || run.loading) return;
        const { command, origin } = openCommand(args);
        decideOrFail(run, command, origin, true, args.policy);
      },
    },
  );
}

function opened(run: RecoveryRun, events: IncidentEvent[]): IncidentOpenedAccepted {
  const { state } = run;
  return {
    ...accepted(run, events),
    policy: state.policy,
    deadlines: state.deadlines,
    openedAt: state.openedAt,
  };
}

/** Wires every update and the query of the recovery workflow to the run. */
export function registerCommandHandlers(run: RecoveryRun): void {
  registerOpen(run);
  command(run, messages.acknowledgeUpdate, 'Acknowledge');
  command(run, messages.addNoteUpdate, 'AddNote');
  command(run, messages.proposeRemedyUpdate, 'ProposeRemedy', ([proposed, next]) => {
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
  command(run, messages.decideApprovalUpdate, 'DecideApproval');
  command(run, messages.makePromiseUpdate, 'MakePromise', ([made]) => ({
    promiseId: made.type === 'PromiseMade' ? made.data.promiseId : '',
  }));
  command(run, messages.confirmPromiseUpdate, 'ConfirmPromise');
  command(run, messages.keepPromiseUpdate, 'KeepPromise');
  command(run, messages.resolveUpdate, 'Resolve');
  command(run, messages.waitForCustomerUpdate, 'WaitForCustomer');
  command(run, messages.resumeUpdate, 'Resume');
  command(run, messages.recordFeedbackUpdate, 'RecordFeedback');
  command(run, messages.reopenUpdate, 'Reopen');
  command(run, messages.reassignUpdate, 'Reassign');
  command(run, messages.contactCustomerUpdate, 'ContactCustomer');

  setHandler(messages.incidentStateQuery, () => run.state);
}
