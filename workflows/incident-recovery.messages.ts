/**
 * The recovery workflow's public messages (issues 4 and 10). Every command is an
 * update, opening included: it answers the caller with the workflow's decision
 * (accepted with a result, or rejected with a domain error code). The query
 * returns the incident's current state.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import {
  type AcknowledgeCommand,
  type Actor,
  type AddNoteCommand,
  type ContactCustomerCommand,
  type DecideApprovalCommand,
  type IncidentState,
  type IncidentStatus,
  type IsoTimestamp,
  type MakePromiseCommand,
  type OpenIncidentCommand,
  type PinnedCalendar,
  type PinnedPolicy,
  type PolicyRef,
  type PromiseCommand,
  type ProposeRemedyCommand,
  type ReassignCommand,
  type RecordFeedbackCommand,
  type ReopenCommand,
  type ResolveCommand,
  type ResumeCommand,
  type WaitForCustomerCommand,
} from '@recovery/domain';

/** Who sends a command and the request it belongs to; copied into event metadata. */
export interface CommandOrigin {
  actor: Actor;
  correlationId: string;
  causationId?: string;
}

/** A command's arguments: the command itself plus its origin. */
export type CommandArgs<C> = C & CommandOrigin;

/**
 * Opening carries the incident's fields (its id is the workflow's), the policy
 * version the caller resolved for it and its site's calendar version, if it has one.
 */
export type OpenArgs = CommandArgs<Omit<OpenIncidentCommand, 'incidentId'>> & {
  policy: PinnedPolicy;
  calendar?: PinnedCalendar;
};

/** Every accepted command answers with where the incident stands now. */
export interface CommandAccepted {
  incidentId: string;
  status: IncidentStatus;
  /** Stream version after the command's events. */
  version: number;
  eventTypes: string[];
}

/** The answer to opening: the incident as it was opened (also to a retry that joined it). */
export interface IncidentOpenedAccepted extends CommandAccepted {
  policy: PolicyRef;
  deadlines: { acknowledgeBy: IsoTimestamp; resolveBy: IsoTimestamp };
  openedAt: IsoTimestamp;
}

export interface RemedyProposalAccepted extends CommandAccepted {
  remedyId: string;
  remedyStatus: 'approved' | 'pending_approval';
  approvalId?: string;
}

export interface PromiseAccepted extends CommandAccepted {
  promiseId: string;
}

/**
 * Workflow input. `open`: a new incident, decided by the `open` update that
 * started the run (update-with-start). `load`: an existing stream whose run has
 * ended (a closed incident being reopened): the run loads its state through an
 * activity. `resume`: continue-as-new, with the folded state, pinned policy and calendar.
 */
export interface IncidentRecoveryInput {
  incidentId: string;
  correlationId: string;
  start:
    | { kind: 'open' }
    | { kind: 'load' }
    | { kind: 'resume'; state: IncidentState; policy: PinnedPolicy; calendar?: PinnedCalendar };
  /** Continue-as-new after this many events in one run (tests; otherwise Temporal's suggestion decides). */
  eventsPerRunLimit?: number;
}

export interface IncidentRecoveryResult {
  incidentId: string;
  status: IncidentStatus;
  version: number;
}

export const openUpdate = defineUpdate<IncidentOpenedAccepted, [OpenArgs]>('open');
export const acknowledgeUpdate = defineUpdate<CommandAccepted, [CommandArgs<AcknowledgeCommand>]>(
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
export const waitForCustomerUpdate = defineUpdate<
  CommandAccepted,
  [CommandArgs<WaitForCustomerCommand>]
>('waitForCustomer');
export const resumeUpdate = defineUpdate<CommandAccepted, [CommandArgs<ResumeCommand>]>('resume');
export const recordFeedbackUpdate = defineUpdate<
  CommandAccepted,
  [CommandArgs<RecordFeedbackCommand>]
>('recordFeedback');
export const reopenUpdate = defineUpdate<CommandAccepted, [CommandArgs<ReopenCommand>]>('reopen');
export const reassignUpdate = defineUpdate<CommandAccepted, [CommandArgs<ReassignCommand>]>(
  'reassign',
);
export const contactCustomerUpdate = defineUpdate<
  CommandAccepted,
  [CommandArgs<ContactCustomerCommand>]
>('contactCustomer');

/** The incident's current state, as the projection would show it. */
export const incidentStateQuery = defineQuery<IncidentState>('incidentState');
