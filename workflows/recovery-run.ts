import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  type LocalActivityOptions,
  proxyLocalActivities,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  type Actor,
  type CommandContext,
  EventDataRefused,
  evolve,
  type IncidentEvent,
  type IncidentState,
  initialIncidentState,
  type IsoTimestamp,
  msUntil,
  type PinnedPolicy,
  toIsoTimestamp,
} from '@recovery/domain';
import { domainFailure } from './domain-failure.util';
import {
  APPEND_FAILURES,
  type IncidentEventToAppend,
  type RecoveryActivities,
} from './incident-recovery.activities';
import { type CommandOrigin, type IncidentRecoveryInput } from './incident-recovery.messages';
import { Mutex } from './mutex.util';
import { upsertIncidentSearchAttributes } from './search-attributes';

// Local activities (TEMPORAL.md): one SQL round trip each, run inside the workflow
// task — a marker in history instead of a scheduled/started/completed activity and
// a new workflow task through the server's matching.
const STORE_ACCESS: LocalActivityOptions = {
  // Bounds how long an append lost with a crashed worker holds up the incident.
  startToCloseTimeout: '10 seconds',
  // The store must eventually take the events (an outage heals); data it refused never will.
  retry: {
    initialInterval: '200 milliseconds',
    maximumInterval: '10 seconds',
    backoffCoefficient: 2,
    nonRetryableErrorTypes: Object.values(APPEND_FAILURES),
  },
};
const { appendEvents } = proxyLocalActivities<RecoveryActivities>({
  ...STORE_ACCESS,
  summary: 'append events',
});
const { loadIncident } = proxyLocalActivities<RecoveryActivities>({
  ...STORE_ACCESS,
  summary: 'load incident stream',
});

/** The workflow itself acts for timers: overdue deadlines, escalations, closing. */
export const RECOVERY_WORKFLOW_ACTOR: Actor = {
  id: 'recovery-workflow',
  role: 'system',
  name: 'Recovery workflow',
};

/** Called after events are stored and folded, to start the loops they open. */
export type EventListener = (event: IncidentEvent) => void;

/** The stream already had events when the opening expected none. */
export class StreamAlreadyExists extends Error {}

/**
 * One run of the recovery workflow: the incident's state and pinned policy, the
 * only path by which events are stored (local activity first, then `evolve`), and
 * the timing helpers the open loops share.
 */
export class RecoveryRun {
  state: IncidentState;
  /** Set when the run is about to continue-as-new: loops stop, the next run resumes them. */
  stopping = false;
  /** True until a `load` run has read its stream: commands wait, validators cannot judge yet. */
  loading: boolean;
  readonly mutex = new Mutex();
  private pinned?: PinnedPolicy;
  private readonly tasks: Promise<void>[] = [];
  private listener: EventListener = () => undefined;
  private eventsThisRun = 0;

  constructor(readonly input: IncidentRecoveryInput) {
    const { start } = input;
    this.state = start.kind === 'resume' ? start.state : initialIncidentState;
    this.pinned = start.kind === 'resume' ? start.policy : undefined;
    this.loading = start.kind === 'load';
  }

  /** The policy version the incident is pinned to; known once it is opened or loaded. */
  get policy(): PinnedPolicy {
    if (this.pinned === undefined) throw new Error('the incident has no pinned policy yet');
    return this.pinned;
  }

  /** Pins the policy an opening decides under. */
  pin(policy: PinnedPolicy): void {
    this.pinned = policy;
  }

  /** Workflow time (deterministic on replay). */
  now(): IsoTimestamp {
    return toIsoTimestamp(Date.now());
  }

  onEvent(listener: EventListener): void {
    this.listener = listener;
  }

  /** Context for a domain decision; the fake id keeps validators free of side effects on the random seed. */
  context(actor: Actor, forValidation = false, policy = this.policy): CommandContext {
    const newId = forValidation ? () => '00000000-0000-4000-8000-000000000000' : () => uuid4();
    return { actor, now: this.now(), policy, newId };
  }

  /** Reads the incident's stream into the state (a `load` run). Call inside the mutex. */
  async load(): Promise<void> {
    const loaded = await loadIncident(this.input.incidentId);
    if (loaded.found) {
      this.state = loaded.state;
      this.pinned = loaded.policy;
      upsertIncidentSearchAttributes(this.state);
    }
    this.loading = false;
  }

  /** Stores events (idempotent by their uuid4 ids), then folds them into the state. Call inside the mutex. */
  async append(events: IncidentEvent[], origin: CommandOrigin): Promise<void> {
    await this.store(events, origin);
    this.fold(events);
  }

  /** Stores the opening, which expects an empty stream; StreamAlreadyExists when it is not. */
  async appendOpening(events: IncidentEvent[], origin: CommandOrigin): Promise<void> {
    await this.store(events, origin, 'no_stream');
    this.fold(events);
  }

  /** Folds stored events into the state and starts the loops they open. */
  private fold(events: IncidentEvent[]): void {
    for (const event of events) {
      this.state = evolve(this.state, event);
      this.listener(event);
    }
    upsertIncidentSearchAttributes(this.state);
  }

  /** Writes events to the incident's stream through the local activity. */
  private async store(
    events: IncidentEvent[],
    origin: CommandOrigin,
    expectedVersion?: 'no_stream',
  ): Promise<void> {
    if (events.length === 0) return;
    try {
      await appendEvents({
        incidentId: this.input.incidentId,
        events: this.envelopes(events, origin),
        ...(expectedVersion && { expectedVersion }),
      });
    } catch (error) {
      throw this.appendRefusal(error);
    }
    this.eventsThisRun += events.length;
  }

  private envelopes(events: IncidentEvent[], origin: CommandOrigin): IncidentEventToAppend[] {
    const info = workflowInfo();
    const occurredAt = this.now();
    return events.map((event) => ({
      ...event,
      eventId: uuid4(),
      occurredAt,
      metadata: {
        actor: origin.actor,
        correlationId: origin.correlationId,
        ...(origin.causationId !== undefined && { causationId: origin.causationId }),
        workflowId: info.workflowId,
        runId: info.runId,
        policyKey: this.policy.key,
        policyVersion: this.policy.version,
      },
    }));
  }

  /**
   * What a failed append means to the command: data the database refused is the
   * command's fault (a 4xx to its caller, the incident unchanged); an existing
   * stream is the opening's to handle; anything else is rethrown as it is.
   */
  private appendRefusal(error: unknown): unknown {
    // A local activity's failure may arrive bare or wrapped in an ActivityFailure.
    const cause = error instanceof ActivityFailure ? error.cause : error;
    if (!(cause instanceof ApplicationFailure)) return error;
    if (cause.type === APPEND_FAILURES.streamExists) return new StreamAlreadyExists(cause.message);
    if (cause.type === APPEND_FAILURES.dataRefused)
      return domainFailure(new EventDataRefused(this.input.incidentId, cause.message));
    return error;
  }

  /**
   * Records events the workflow decides on its own (a timer fired), unless
   * `stillDue` turned false while waiting for the lock — a person may have acted.
   */
  async emitIf(
    stillDue: () => boolean,
    build: (state: IncidentState, now: IsoTimestamp) => IncidentEvent[],
  ): Promise<boolean> {
    return this.mutex.runExclusive(async () => {
      if (this.stopping || !stillDue()) return false;
      await this.append(build(this.state, this.now()), {
        actor: RECOVERY_WORKFLOW_ACTOR,
        correlationId: this.input.correlationId,
      });
      return true;
    });
  }

  /**
   * Waits until `at` unless `settled` becomes true first (or the run is stopping).
   * Returns true when settled (or stopping) — the deadline no longer matters.
   * `summary` names the timer in the Temporal UI ("acknowledgement deadline").
   */
  async waitUntil(at: string, settled: () => boolean, summary: string): Promise<boolean> {
    const done = (): boolean => this.stopping || settled();
    const ms = msUntil(at, Date.now());
    if (done() || ms === 0) return done();
    return condition(done, ms, { summary });
  }

  /** Runs an open loop in the background; the run waits for all of them before it ends. */
  spawn(loop: () => Promise<void>): void {
    this.tasks.push(loop());
  }

  async allLoopsFinished(): Promise<void> {
    await Promise.all(this.tasks);
  }

  /** Continue-as-new is due: Temporal suggests it, or the test limit is reached. */
  shouldContinueAsNew(): boolean {
    const limit = this.input.eventsPerRunLimit;
    return (
      workflowInfo().continueAsNewSuggested || (limit !== undefined && this.eventsThisRun >= limit)
    );
  }
}
