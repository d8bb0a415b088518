import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Client, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { type UpdateDefinition } from '@temporalio/common';
import { AppConfig } from '@recovery/config';
import {
  type AddNoteCommand,
  countsBusinessTime,
  DependencyUnavailable,
  nameBasedUuid,
  type ContactCustomerCommand,
  type DecideApprovalCommand,
  type MakePromiseCommand,
  type ProposeRemedyCommand,
  type ReassignCommand,
  type RecordFeedbackCommand,
  type ReopenCommand,
  type ResolveCommand,
  sealedKeyId,
  toIsoTimestamp,
  type WaitForCustomerCommand,
} from '@recovery/domain';
import {
  type DelegatedAuthority,
  delegationFor,
} from '@recovery/domain/delegation/delegated-authority.util';
import { CalendarsService } from '@recovery/calendars';
import { PersonalDataVault } from '@recovery/personal-data';
import { PoliciesService } from '@recovery/policies';
import {
  acknowledgeUpdate,
  addNoteUpdate,
  type CommandAccepted,
  type CommandArgs,
  confirmPromiseUpdate,
  contactCustomerUpdate,
  decideApprovalUpdate,
  keepPromiseUpdate,
  makePromiseUpdate,
  openUpdate,
  type PromiseAccepted,
  proposeRemedyUpdate,
  reassignUpdate,
  recordFeedbackUpdate,
  type RemedyProposalAccepted,
  reopenUpdate,
  resolveUpdate,
  resumeUpdate,
  waitForCustomerUpdate,
} from '@recovery/workflows';
import { type Caller, canAccessSite } from '../caller';
import { IncidentQueriesService } from '../queries/incident-queries.service';
import { SiteForbidden } from '../site-forbidden.error';
import { CommandMetrics } from './command-metrics';
import { CommandNotTaken } from './command-not-taken.error';
import { CustomerDataErasedConflict } from './customer-data-erased.error';
import { PERSONAL_FIELDS, sealFields } from './personal-fields.util';
import { incidentWorkflowId } from './incident-workflow-id.util';
import { type OpenedIncident, type OpenIncidentRequest } from './open-incident.types';
import { DeadlinePassed, settleWithin } from './settle-within.util';
import { translateTemporalError } from './temporal-rejection.util';
import { incidentRunOperation } from './workflow-start.util';

// A command not taken in time usually waits for a worker to come back or catch up.
const RETRY_AFTER_SECONDS = 5;
// A reachable server answers the client's own deadline; this much later the call is
// taken to be stuck retrying. Then how long Temporal may take to show it is up. The
// answer still comes within COMMAND_TIMEOUT_MS plus a second (issue 10, item 9).
const CLIENT_DEADLINE_GRACE_MS = 250;
const TEMPORAL_PROBE_MS = 500;

/**
 * Turns requests into Temporal updates of the incident's workflow, opening
 * included (issue 10): the workflow decides on workflow time and its answer is the
 * reply. This service only checks the caller may act on the incident's site and
 * translates the workflow's rejections into domain errors.
 */
@Injectable()
export class IncidentCommandsService {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly policies: PoliciesService,
    private readonly calendars: CalendarsService,
    private readonly queries: IncidentQueriesService,
    private readonly metrics: CommandMetrics,
    private readonly vault: PersonalDataVault,
  ) {}

  /**
   * Opens an incident under its policy through update-with-start; answers once
   * IncidentOpened is stored (and so readable: the read model is written in the
   * same transaction). A retry with the same Idempotency-Key derives the same
   * incident id and update id, so it joins the first attempt whatever crashed.
   */
  async open(request: OpenIncidentRequest, caller: Caller): Promise<OpenedIncident> {
    if (!canAccessSite(caller, request.site)) throw new SiteForbidden(request.site);
    const { policyKey, incidentId = incidentIdFor(caller), ...plain } = request;
    const sealer = await this.vault.sealerFor(plain.customerRef);
    const fields = sealFields(plain, PERSONAL_FIELDS.open, sealer);
    const policy = await this.policies.resolveFor({
      policyKey,
      category: fields.category,
      severity: fields.severity,
    });
    // Pinned only when some deadline counts the site's opening hours.
    const calendar = countsBusinessTime(policy.document)
      ? await this.calendars.calendarForSite(fields.site)
      : undefined;
    const start = incidentRunOperation(
      { incidentId, correlationId: caller.correlationId, start: { kind: 'open' } },
      this.config.temporal.taskQueue,
    );
    const opened = await this.withinDeadline(incidentId, openUpdate.name, () =>
      this.client.workflow.executeUpdateWithStart(openUpdate, {
        ...updateOptions(caller, openUpdate.name, {
          ...fields,
          policy,
          ...(calendar && { calendar }),
        }),
        startWorkflowOperation: start,
      }),
    );
    return {
      id: opened.incidentId,
      status: opened.status,
      policy: opened.policy,
      deadlines: opened.deadlines,
    };
  }

  acknowledge(incidentId: string, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, acknowledgeUpdate, {});
  }

  addNote(incidentId: string, command: AddNoteCommand, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, addNoteUpdate, command, PERSONAL_FIELDS.addNote);
  }

  proposeRemedy(
    incidentId: string,
    command: ProposeRemedyCommand,
    caller: Caller,
  ): Promise<RemedyProposalAccepted> {
    return this.send(incidentId, caller, proposeRemedyUpdate, command);
  }

  makePromise(
    incidentId: string,
    command: MakePromiseCommand,
    caller: Caller,
  ): Promise<PromiseAccepted> {
    return this.send(incidentId, caller, makePromiseUpdate, command, PERSONAL_FIELDS.makePromise);
  }

  confirmPromise(incidentId: string, promiseId: string, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, confirmPromiseUpdate, { promiseId });
  }

  keepPromise(incidentId: string, promiseId: string, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, keepPromiseUpdate, { promiseId });
  }

  resolve(incidentId: string, command: ResolveCommand, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, resolveUpdate, command, PERSONAL_FIELDS.resolve);
  }

  /** Stops the resolve clock while the organisation waits on the customer (issue 12). */
  waitForCustomer(
    incidentId: string,
    command: WaitForCustomerCommand,
    caller: Caller,
  ): Promise<CommandAccepted> {
    return this.send(incidentId, caller, waitForCustomerUpdate, command);
  }

  /** Runs the resolve clock again, its deadline moved by the time paused. */
  resume(incidentId: string, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, resumeUpdate, {});
  }

  recordFeedback(
    incidentId: string,
    command: RecordFeedbackCommand,
    caller: Caller,
  ): Promise<CommandAccepted> {
    return this.send(
      incidentId,
      caller,
      recordFeedbackUpdate,
      command,
      PERSONAL_FIELDS.recordFeedback,
    );
  }

  reassign(incidentId: string, command: ReassignCommand, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, reassignUpdate, command);
  }

  contactCustomer(
    incidentId: string,
    command: ContactCustomerCommand,
    caller: Caller,
  ): Promise<CommandAccepted> {
    return this.send(
      incidentId,
      caller,
      contactCustomerUpdate,
      command,
      PERSONAL_FIELDS.contactCustomer,
    );
  }

  /**
   * Decides an approval from the inbox; the workflow refuses self-approval and too
   * little authority. `held`: the delegations lent to the caller (issue 12). When the
   * caller's own role or sites do not suffice, the one the decision needs goes with
   * the command (the workflow checks it on workflow time) and lends its sites.
   */
  async decideApproval(
    approvalId: string,
    command: Omit<DecideApprovalCommand, 'approvalId' | 'delegation'>,
    caller: Caller,
    held: readonly DelegatedAuthority[] = [],
  ): Promise<CommandAccepted> {
    const reaching = (lent: readonly DelegatedAuthority[]): Caller => ({
      ...caller,
      sites: [...caller.sites, ...lent.flatMap((delegation) => delegation.sites)],
    });
    const approval = await this.queries.approval(approvalId, reaching(held));
    const delegation = delegationFor(approval, caller, held, toIsoTimestamp(Date.now()));
    return this.send(
      approval.incidentId,
      delegation ? reaching([delegation]) : caller,
      decideApprovalUpdate,
      { ...command, approvalId, ...(delegation && { delegation }) },
    );
  }

  /**
   * Reopens a resolved or closed incident. A closed one has finished its run, so
   * the update starts a new run on the same stream, which loads the stream itself
   * (a `load` start); a running workflow is joined and the start does nothing.
   */
  async reopen(
    incidentId: string,
    command: ReopenCommand,
    caller: Caller,
  ): Promise<CommandAccepted> {
    await this.queries.visibleState(incidentId, caller);
    const start = incidentRunOperation(
      { incidentId, correlationId: caller.correlationId, start: { kind: 'load' } },
      this.config.temporal.taskQueue,
    );
    return this.withinDeadline(incidentId, reopenUpdate.name, () =>
      this.client.workflow.executeUpdateWithStart(reopenUpdate, {
        ...updateOptions(caller, reopenUpdate.name, command),
        startWorkflowOperation: start,
      }),
    );
  }

  /** Sends a command to the incident's workflow, its `personal` fields sealed first. */
  private async send<Result, Command extends object>(
    incidentId: string,
    caller: Caller,
    update: UpdateDefinition<Result, [CommandArgs<Command>]>,
    command: Command,
    personal: readonly string[] = [],
  ): Promise<Result> {
    const state = await this.queries.visibleState(incidentId, caller);
    const sealed = await this.sealed(incidentId, state.customerRef, command, personal);
    const handle = this.client.workflow.getHandle(incidentWorkflowId(incidentId));
    return this.withinDeadline(incidentId, update.name, () =>
      handle.executeUpdate(update, updateOptions(caller, update.name, sealed)),
    );
  }

  /** `command` with its `fields` sealed under the key the incident's sealed reference names. */
  private async sealed<Command extends object>(
    incidentId: string,
    customerRef: string,
    command: Command,
    fields: readonly string[],
  ): Promise<Command> {
    const keyId = sealedKeyId(customerRef);
    // An incident opened before sealing (issue 14) has no key: its text stays as it came.
    if (fields.length === 0 || keyId === undefined) return command;
    const sealer = await this.vault.sealerOfKey(keyId);
    if (!sealer) throw new CustomerDataErasedConflict(incidentId);
    return sealFields(command, fields, sealer);
  }

  /** untilDeadline, its outcome and latency counted: every command to a workflow passes here. */
  private withinDeadline<Result>(
    incidentId: string,
    command: string,
    call: () => Promise<Result>,
  ): Promise<Result> {
    return this.metrics.observe(command, () => this.untilDeadline(incidentId, command, call));
  }

  /**
   * Runs a Temporal update call within COMMAND_TIMEOUT_MS. Not taken in time, it is
   * a 503 either way: naming Temporal when its frontend does not answer, else the
   * command waits for a worker (none polling, or all busy) and may still apply.
   */
  private async untilDeadline<Result>(
    incidentId: string,
    command: string,
    call: () => Promise<Result>,
  ): Promise<Result> {
    const waitMs = this.config.temporal.commandTimeoutMs;
    // Aborted once answered, so a call past its deadline stops retrying in the background.
    const abandon = new AbortController();
    const bounded = () => this.client.withDeadline(Date.now() + waitMs, call);
    try {
      const hardBound = waitMs + CLIENT_DEADLINE_GRACE_MS;
      return await settleWithin(this.client.withAbortSignal(abandon.signal, bounded), hardBound);
    } catch (error) {
      // Not taken in time: by a server that cannot be reached, or by its workers.
      if (
        error instanceof DeadlinePassed ||
        error instanceof WorkflowUpdateRPCTimeoutOrCancelledError
      ) {
        if (!(await this.temporalAnswers())) throw new DependencyUnavailable('temporal');
        throw new CommandNotTaken(command, incidentId, waitMs, RETRY_AFTER_SECONDS);
      }
      throw translateTemporalError(error, incidentId, command);
    } finally {
      abandon.abort();
    }
  }

  /** True when Temporal's frontend answers a trivial call within TEMPORAL_PROBE_MS. */
  private async temporalAnswers(): Promise<boolean> {
    const probe = this.client.connection.withDeadline(Date.now() + TEMPORAL_PROBE_MS, () =>
      this.client.workflowService.getSystemInfo({}),
    );
    return settleWithin(probe, TEMPORAL_PROBE_MS).then(
      () => true,
      () => false,
    );
  }
}

/**
 * A new incident's id. With an Idempotency-Key it is derived from the caller and
 * the key, as intake derives it from the event's source and id: a retry after a
 * crash (ours, the client's, the network's) reaches the same workflow.
 */
function incidentIdFor(caller: Caller): string {
  if (caller.idempotencyKey === undefined) return randomUUID();
  return nameBasedUuid('idempotency-key', caller.actor.id, caller.idempotencyKey);
}

/**
 * The update's arguments and id. With an Idempotency-Key the id is derived from it
 * (and the caller and command), so a retry after a 503 joins the first attempt's
 * update, which Temporal deduplicates by id, instead of applying the command twice.
 */
function updateOptions<Command extends object>(
  caller: Caller,
  command: string,
  fields: Command,
): { args: [CommandArgs<Command>]; updateId?: string } {
  const args: [CommandArgs<Command>] = [
    { ...fields, actor: caller.actor, correlationId: caller.correlationId },
  ];
  if (caller.idempotencyKey === undefined) return { args };
  const updateId = createHash('sha256')
    .update([caller.actor.id, command, caller.idempotencyKey].join('\u0000'))
    .digest('hex');
  return { args, updateId };
}
