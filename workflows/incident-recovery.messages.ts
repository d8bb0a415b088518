/**
 * The recovery workflow's public messages (issue 4). Updates answer the caller
 * (accepted with a result, or rejected with a domain error code); signals are for
 * facts that need no answer; the query returns the incident's current state.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import {
  type Actor,
  type AddNoteCommand,
  type ContactCustomerCommand,
  type DecideApprovalCommand,
  type IncidentOpened,
  type IncidentState,
  type IncidentStatus,
  type MakePromiseCommand,
  type PinnedPolicy,
  type PromiseCommand,
  type ProposeRemedyCommand,
  type ReassignCommand,
  type RecordFeedbackCommand,
  type ReopenCommand,
  type ResolveCommand,
} from '@recovery/domain';

/** Who sends a command and the request it belongs to; copied into event metadata. */
export interface CommandOrigin {
  actor: Actor;
  correlationId: string;
  causationId?: string;
}

/** A command's arguments: the command itself plus its origin. */
export type CommandArgs<C> = C & CommandOrigin;

/** Every accepted command answers with where the incident stands now. */
export interface CommandAccepted {
  incidentId: string;
  status: IncidentStatus;
  /** Stream version after the command's events. */
  version: number;
  eventTypes: string[];
}

export interface RemedyProposalAccepted extends CommandAccepted {
  remedyId: string;
  status: IncidentStatus;
  remedyStatus: 'approved' | 'pending_approval';
  approvalId?: string;
}

export interface PromiseAccepted extends CommandAccepted {
  promiseId: string;
}

/**
 * Workflow input. `open` starts a new incident with the IncidentOpened data the
 * caller built with `openIncident()` (so the API can answer with the same
 * deadlines). `resume` continues an existing stream from its folded state: after
 * continue-as-new, or to reopen a closed incident (a new run on the same stream,
 * started with update-with-start of `reopen`).
 */
export interface IncidentRecoveryInput {
  incidentId: string;
  /** The pinned policy version, in full: the workflow never re-reads policies. */
  policy: PinnedPolicy;
  correlationId: string;
  start:
    | { kind: 'open'; opened: IncidentOpened['data'] }
    | { kind: 'resume'; state: IncidentState; reason: 'continue_as_new' | 'reopen_closed' };
  /** Continue-as-new after this many events in one run (tests; otherwise Temporal's suggestion decides). */
  eventsPerRunLimit?: number;
}

export interface IncidentRecoveryResult {
  incidentId: string;
  status: IncidentStatus;
  version: number;
}

export const acknowledgeUpdate = defineUpdate<CommandAccepted, [CommandArgs<object>]>(
  'acknowledge',
);
export const addNoteUpdate = defineUpdate<CommandAccepted, [CommandArgs<AddNoteCommand>]>(
  'addNote',
);
export const proposeRemedyUpdate = defineUpdate<
  RemedyProposalAccepted,
  [CommandArgs<ProposeRemedyCommand>]
>('proposeRemedy');
export const decideApprovalUpdate = defineUpdate<
  CommandAccepted,
  [CommandArgs<DecideApprovalCommand>]
>('decideApproval');
export const makePromiseUpdate = defineUpdate<PromiseAccepted, [CommandArgs<MakePromiseCommand>]>(
  'makePromise',
);
export const confirmPromiseUpdate = defineUpdate<CommandAccepted, [CommandArgs<PromiseCommand>]>(
  'confirmPromise',
);
export const keepPromiseUpdate = defineUpdate<CommandAccepted, [CommandArgs<PromiseCommand>]>(
  'keepPromise',
);
export const resolveUpdate = defineUpdate<CommandAccepted, [CommandArgs<ResolveCommand>]>(
  'resolve',
);
export const recordFeedbackUpdate = defineUpdate<
  CommandAccepted,
  [CommandArgs<RecordFeedbackCommand>]
>('recordFeedback');
export const reopenUpdate = defineUpdate<CommandAccepted, [CommandArgs<ReopenCommand>]>('reopen');
export const reassignUpdate = defineUpdate<CommandAccepted, [CommandArgs<ReassignCommand>]>(
  'reassign',
);

/** A customer contact needs no answer: recorded when the workflow gets to it. */
export const customerContactedSignal =
  defineSignal<[CommandArgs<ContactCustomerCommand>]>('customerContacted');

/** The incident's current state, as the projection would show it. */
export const incidentStateQuery = defineQuery<IncidentState>('incidentState');
