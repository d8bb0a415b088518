import { condition, proxyActivities, uuid4, workflowInfo } from '@temporalio/workflow';
import {
  type Actor,
  type CommandContext,
  evolve,
  type IncidentEvent,
  type IncidentState,
  initialIncidentState,
  type IsoTimestamp,
  msUntil,
  type PinnedPolicy,
  toIsoTimestamp,
} from '@recovery/domain';
import {
  type IncidentEventToAppend,
  type RecoveryActivities,
} from './incident-recovery.activities';
import { type CommandOrigin, type IncidentRecoveryInput } from './incident-recovery.messages';
import { Mutex } from './mutex.util';

const { appendEvents } = proxyActivities<RecoveryActivities>({
  // One SQL round trip: 10 s is generous, and it bounds how long an append lost
  // with a crashed worker holds up the incident before it is retried elsewhere.
  startToCloseTimeout: '10 seconds',
  // The store must eventually take the events; the workflow waits rather than lose them.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/** The workflow itself acts for timers: overdue deadlines, escalations, closing. */
export const RECOVERY_WORKFLOW_ACTOR: Actor = {
  id: 'recovery-workflow',
  role: 'system',
  name: 'Recovery workflow',
};

/** Called after events are stored and folded, to start the loops they open. */
export type EventListener = (event: IncidentEvent) => void;

/**
 * One run of the recovery workflow: the incident's state, the only path by which
 * events are stored (activity first, then `evolve`), and the timing helpers the
 * open loops share.
 */
export class RecoveryRun {
  state: IncidentState;
  /** Set when the run is about to continue-as-new: loops stop, the next run resumes them. */
  stopping = false;
  readonly mutex = new Mutex();
  private readonly tasks: Promise<void>[] = [];
  private listener: EventListener = () => undefined;
  private eventsThisRun = 0;

  constructor(readonly input: IncidentRecoveryInput) {
    this.state = input.start.kind === 'resume' ? input.start.state : initialIncidentState;
  }

  get policy(): PinnedPolicy {
    return this.input.policy;
  }

  /** Workflow time (deterministic on replay). */
  now(): IsoTimestamp {
    return toIsoTimestamp(Date.now());
  }

  onEvent(listener: EventListener): void {
    this.listener = listener;
  }

  /** Context for a domain decision; the fake id keeps validators free of side effects on the random seed. */
  context(actor: Actor, forValidation = false): CommandContext {
    const newId = forValidation ? () => '00000000-0000-4000-8000-000000000000' : () => uuid4();
    return { actor, now: this.now(), policy: this.policy, newId };
  }

  /** Stores events (idempotent by their uuid4 ids), then folds them into the state. Call inside the mutex. */
  async append(events: IncidentEvent[], origin: CommandOrigin): Promise<void> {
    await this.store(events, origin);
    this.fold(events);
  }

  /** Folds stored events into the state and starts the loops they open. */
  fold(events: IncidentEvent[]): void {
    for (const event of events) {
      this.state = evolve(this.state, event);
      this.listener(event);
    }
  }

  /** Writes events to the incident's stream through the activity. Call inside the mutex. */
  async store(events: IncidentEvent[], origin: CommandOrigin): Promise<void> {
    if (events.length === 0) return;
    const info = workflowInfo();
    const occurredAt = this.now();
    const envelopes: IncidentEventToAppend[] = events.map((event) => ({
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
    await appendEvents({ incidentId: this.input.incidentId, events: envelopes });
    this.eventsThisRun += events.length;
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
   */
  async waitUntil(at: string, settled: () => boolean): Promise<boolean> {
    const done = (): boolean => this.stopping || settled();
    const ms = msUntil(at, Date.now());
    if (done() || ms === 0) return done();
    return condition(done, ms);
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
