import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  Client,
  type WorkflowHandle,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { type UpdateDefinition } from '@temporalio/common';
import { AppConfig } from '@recovery/config';
import {
  type AddNoteCommand,
  type DecideApprovalCommand,
  openIncident,
  type MakePromiseCommand,
  type ProposeRemedyCommand,
  type RecordFeedbackCommand,
  type ReopenCommand,
  type ResolveCommand,
  toIsoTimestamp,
} from '@recovery/domain';
import { PoliciesService } from '@recovery/policies';
import {
  acknowledgeUpdate,
  addNoteUpdate,
  type CommandAccepted,
  type CommandArgs,
  confirmPromiseUpdate,
  decideApprovalUpdate,
  type IncidentRecoveryInput,
  keepPromiseUpdate,
  makePromiseUpdate,
  type PromiseAccepted,
  proposeRemedyUpdate,
  recordFeedbackUpdate,
  type RemedyProposalAccepted,
  reopenUpdate,
  resolveUpdate,
} from '@recovery/workflows';
import { type Caller, canAccessSite } from '../caller';
import { CommandNotTaken } from './command-not-taken.error';
import { IncidentQueriesService } from '../queries/incident-queries.service';
import { SiteForbidden } from '../site-forbidden.error';
import { incidentWorkflowId } from './incident-workflow-id.util';
import { type OpenedIncident, type OpenIncidentRequest } from './open-incident.types';
import { resumeRunOperation, WORKFLOW_TYPE } from './resume-run.util';
import { translateTemporalError } from './temporal-rejection.util';

// The 201 must be readable by a following GET; the worker projects IncidentOpened within milliseconds.
const OPEN_VISIBLE_WITHIN_MS = 10_000;
// A command not taken in time usually waits for a worker to come back or catch up.
const RETRY_AFTER_SECONDS = 5;

/**
 * Turns requests into workflow starts and Temporal updates. The workflow decides;
 * this service only checks the caller may see the incident and translates the
 * workflow's rejections into domain errors.
 */
@Injectable()
export class IncidentCommandsService {
  private readonly logger = new Logger(IncidentCommandsService.name);

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly policies: PoliciesService,
    private readonly queries: IncidentQueriesService,
  ) {}

  /** Opens an incident under its policy and answers once IncidentOpened is readable. */
  async open(request: OpenIncidentRequest, caller: Caller): Promise<OpenedIncident> {
    if (!canAccessSite(caller, request.site)) throw new SiteForbidden(request.site);
    const { policyKey, incidentId = randomUUID(), ...fields } = request;
    const policy = await this.policies.resolveFor({
      policyKey,
      category: fields.category,
      severity: fields.severity,
    });
    const opened = openIncident(
      { ...fields, incidentId },
      policy,
      caller.actor,
      toIsoTimestamp(Date.now()),
    );
    const input: IncidentRecoveryInput = {
      incidentId,
      policy,
      correlationId: caller.correlationId,
      start: { kind: 'open', opened: opened.data },
    };
    // USE_EXISTING: a repeated open with the same id (intake redelivery) joins the running workflow.
    await this.client.workflow.start(WORKFLOW_TYPE, {
      workflowId: incidentWorkflowId(incidentId),
      taskQueue: this.config.temporal.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    const state = await this.queries.awaitOpened(incidentId, OPEN_VISIBLE_WITHIN_MS);
    if (!state)
      this.logger.warn(`incident ${incidentId} not yet visible after ${OPEN_VISIBLE_WITHIN_MS} ms`);
    const shown = state ?? { ...opened.data, status: 'open' };
    return {
      id: incidentId,
      status: shown.status,
      policy: shown.policy,
      deadlines: shown.deadlines,
    };
  }

  acknowledge(incidentId: string, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, acknowledgeUpdate, {});
  }

  addNote(incidentId: string, command: AddNoteCommand, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, addNoteUpdate, command);
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
    return this.send(incidentId, caller, makePromiseUpdate, command);
  }

  confirmPromise(incidentId: string, promiseId: string, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, confirmPromiseUpdate, { promiseId });
  }

  keepPromise(incidentId: string, promiseId: string, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, keepPromiseUpdate, { promiseId });
  }

  resolve(incidentId: string, command: ResolveCommand, caller: Caller): Promise<CommandAccepted> {
    return this.send(incidentId, caller, resolveUpdate, command);
  }

  recordFeedback(
    incidentId: string,
    command: RecordFeedbackCommand,
    caller: Caller,
  ): Promise<CommandAccepted> {
    return this.send(incidentId, caller, recordFeedbackUpdate, command);
  }

  /** Decides an approval from the inbox; the workflow refuses self-approval and too little authority. */
  async decideApproval(
    approvalId: string,
    command: Omit<DecideApprovalCommand, 'approvalId'>,
    caller: Caller,
  ): Promise<CommandAccepted> {
    const approval = await this.queries.approval(approvalId, caller);
    return this.send(approval.incidentId, caller, decideApprovalUpdate, { ...command, approvalId });
  }

  /**
   * Reopens a resolved incident through its running workflow; a closed one has
   * finished its run, so a new run resumes the same stream (update-with-start).
   */
  async reopen(
    incidentId: string,
    command: ReopenCommand,
    caller: Caller,
  ): Promise<CommandAccepted> {
    const state = await this.queries.visibleState(incidentId, caller);
    if (state.status !== 'closed') return this.send(incidentId, caller, reopenUpdate, command);
    const events = await this.queries.events(incidentId, caller);
    const { key, version, document } = await this.policies.get(
      state.policy.key,
      state.policy.version,
    );
    const operation = resumeRunOperation(
      incidentId,
      events,
      { key, version, document },
      this.config.temporal.taskQueue,
      caller.correlationId,
    );
    return this.withinDeadline(incidentId, reopenUpdate.name, () =>
      this.client.workflow.executeUpdateWithStart(reopenUpdate, {
        ...updateOptions(caller, reopenUpdate.name, command),
        startWorkflowOperation: operation,
      }),
    );
  }

  private async send<Result, Command extends object>(
    incidentId: string,
    caller: Caller,
    update: UpdateDefinition<Result, [CommandArgs<Command>]>,
    command: Command,
  ): Promise<Result> {
    await this.queries.visibleState(incidentId, caller);
    const handle: WorkflowHandle = this.client.workflow.getHandle(incidentWorkflowId(incidentId));
    return this.withinDeadline(incidentId, update.name, () =>
      handle.executeUpdate(update, updateOptions(caller, update.name, command)),
    );
  }

  /**
   * Runs a Temporal update call with a deadline: with no worker to take it, the
   * update would otherwise keep the HTTP request open until the client gives up.
   */
  private async withinDeadline<Result>(
    incidentId: string,
    command: string,
    call: () => Promise<Result>,
  ): Promise<Result> {
    const waitMs = this.config.temporal.commandTimeoutMs;
    try {
      return await this.client.withDeadline(Date.now() + waitMs, call);
    } catch (error) {
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
        throw new CommandNotTaken(command, incidentId, waitMs, RETRY_AFTER_SECONDS);
      }
      throw translateTemporalError(error, incidentId, command);
    }
  }
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
