import { type Actor } from '../events/event-metadata';
import { type DelegatedAuthority } from '../delegation/delegated-authority.util';
import { type IsoTimestamp } from '../ids/ids';
import { type PolicyDocument, type PolicyRef } from '../policy/policy-document';
import { type DeadlineQuote } from './deadline-quote';
import {
  type Channel,
  type ContactDirection,
  type Fulfiller,
  type IncidentCategory,
  type IncidentKind,
  type ResolutionOutcome,
  type ServiceLevel,
  type Severity,
} from './incident-vocabulary';

/** A policy version with its document, pinned to an incident at opening. */
export interface PinnedPolicy extends PolicyRef {
  document: PolicyDocument;
}

/** What the caller of every command supplies: who, when, and fresh ids. */
export interface CommandContext {
  actor: Actor;
  now: IsoTimestamp;
  policy: PinnedPolicy;
  /** Source of new ids; the workflow passes Temporal's replay-stable uuid4. */
  newId: () => string;
  /**
   * Deadlines for a command that starts or resumes a clock, computed by the workflow
   * before deciding (business time is not computed in replayed code). Absent: every
   * hour counts.
   */
  deadlines?: DeadlineQuote;
}

/** Body of POST /v1/incidents plus who opened it. */
export interface OpenIncidentCommand {
  incidentId: string;
  kind: IncidentKind;
  channel: Channel;
  category: IncidentCategory;
  severity: Severity;
  customerRef: string;
  site: string;
  summary: string;
  details?: string;
  team?: string;
  source?: { system: string; eventId: string };
}

/** Acknowledging takes nothing but who acknowledges (from the context). */
export type AcknowledgeCommand = Record<never, never>;

export interface AddNoteCommand {
  text: string;
}
/** A remedy to propose; `proposeRemedy` converts its amount to the events' minor units. */
export interface ProposeRemedyCommand {
  type: string;
  /**
   * Major units of `currency`, as the policy's limits are written (45.5 = 45.50 EUR), with
   * at most the currency's ISO 4217 minor digits.
   */
  amount: number;
  currency: string;
  description: string;
}
export interface DecideApprovalCommand {
  approvalId: string;
  decision: 'approve' | 'deny';
  reason: string;
  /**
   * The delegation the approver decides under, looked up by the API (never taken from
   * the request body) when their own role or sites do not suffice.
   */
  delegation?: DelegatedAuthority;
}
export interface MakePromiseCommand {
  description: string;
  dueAt: string;
  fulfilledBy?: Fulfiller;
}
export interface PromiseCommand {
  promiseId: string;
}
export interface ResolveCommand {
  outcome: ResolutionOutcome;
  summary: string;
}
export interface RecordFeedbackCommand {
  score: number;
  level: ServiceLevel;
  comment?: string;
}
/** The organisation now waits on the customer: why (awaiting documents, a call back…). */
export interface WaitForCustomerCommand {
  reason: string;
}
/** The resolve clock runs again; nothing else to say. */
export type ResumeCommand = Record<never, never>;
export interface ReopenCommand {
  reason: string;
}
export interface ContactCustomerCommand {
  channel: Channel;
  direction: ContactDirection;
  summary: string;
}
export interface ReassignCommand {
  to: Fulfiller;
  reason?: string;
}

/**
 * Every command an incident takes, as one discriminated union: what `decide`
 * switches over, and what the workflow's update handlers build from their arguments.
 */
export type IncidentCommand =
  | { type: 'OpenIncident'; data: OpenIncidentCommand }
  | { type: 'Acknowledge'; data: AcknowledgeCommand }
  | { type: 'AddNote'; data: AddNoteCommand }
  | { type: 'ProposeRemedy'; data: ProposeRemedyCommand }
  | { type: 'DecideApproval'; data: DecideApprovalCommand }
  | { type: 'MakePromise'; data: MakePromiseCommand }
  | { type: 'ConfirmPromise'; data: PromiseCommand }
  | { type: 'KeepPromise'; data: PromiseCommand }
  | { type: 'Resolve'; data: ResolveCommand }
  | { type: 'WaitForCustomer'; data: WaitForCustomerCommand }
  | { type: 'Resume'; data: ResumeCommand }
  | { type: 'RecordFeedback'; data: RecordFeedbackCommand }
  | { type: 'Reopen'; data: ReopenCommand }
  | { type: 'Reassign'; data: ReassignCommand }
  | { type: 'ContactCustomer'; data: ContactCustomerCommand };

export type IncidentCommandType = IncidentCommand['type'];

/** The data of a given command type. */
export type IncidentCommandData<T extends IncidentCommandType> = Extract<
  IncidentCommand,
  { type: T }
>['data'];
