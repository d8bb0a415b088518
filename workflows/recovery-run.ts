import { condition, uuid4, workflowInfo } from '@temporalio/workflow';
import {
  type Actor,
  type CommandContext,
  type DeadlineQuote,
  evolve,
  type IncidentEvent,
  type IncidentState,
  initialIncidentState,
  type IsoTimestamp,
  msUntil,
  type PinnedCalendar,
  type PinnedPolicy,
  toIsoTimestamp,
  withStateDefaults,
} from '@recovery/domain';
import { type CommandOrigin, type IncidentRecoveryInput } from './incident-recovery.messages';
import { loadIncident, readEventsSince, StreamAhead, storeEvents } from './incident-stream';
import { Mutex } from './mutex.util';
import { upsertIncidentSearchAttributes } from './search-attributes';

// One catch-up brings a run level with its stream (event ids are named by version,
// so nothing it decides again can slip in beside what is stored); needing more
// means something else writes the stream: a bug, left to fail the workflow task.
const MAX_CATCH_UPS = 5;

/** The workflow itself acts for timers: overdue deadlines, escalations, closing. */
export const RECOVERY_WORKFLOW_ACTOR: Actor = {
  id: 'recovery-workflow',
  role: 'system',
  name: 'Recovery workflow',
};

/** Called after events are stored and folded, to start the loops they open. */
export type EventListener = (event: IncidentEvent) => void;

/**
 * One run of the recovery workflow: the incident's state and pinned policy, the
 * only path by which events are stored (`record`: decide, store, then `evolve`),
 * and the timing helpers the open loops share.
 */
export class RecoveryRun {
  state: IncidentState;
  /** Set when the run is about to continue-as-new: loops stop, the next run resumes them. */
  stopping = false;
  /** True until a `load` run has read its stream: commands wait, validators cannot judge yet. */
  loading: boolean;
  readonly mutex = new Mutex();
  private pinned?: PinnedPolicy;
  private pinnedCalendar?: PinnedCalendar;
  private readonly tasks: Promise<void>[] = [];
  private listener: EventListener = () => undefined;
  private resumeListener: () => void = () => undefined;
  private eventsThisRun = 0;
  /** Commands found already stored while catching up (update id → their events). */
  private readonly storedCommands = new Map<string, IncidentEvent[]>();

  constructor(readonly input: IncidentRecoveryInput) {
    const { start } = input;
    this.state = start.kind === 'resume' ? withStateDefaults(start.state) : initialIncidentState;
    this.pinned = start.kind === 'resume' ? start.policy : undefined;
    this.pinnedCalendar = start.kind === 'resume' ? start.calendar : undefined;
    this.loading = start.kind === 'load';
  }

  /** The policy version the incident is pinned to; known once it is opened or loaded. */
  get policy(): PinnedPolicy {
    if (this.pinned === undefined) throw new Error('the incident has no pinned policy yet');
    return this.pinned;
  }

  /** The site's calendar version, pinned at opening; undefined when the site is open around the clock. */
  get calendar(): PinnedCalendar | undefined {
    return this.pinnedCalendar;
  }

  /** Pins the policy (and the site's calendar) an opening decides under. */
  pin(policy: PinnedPolicy, calendar: PinnedCalendar | undefined): void {
    this.pinned = policy;
    this.pinnedCalendar = calendar;
  }

  /** Workflow time (deterministic on replay). */
  now(): IsoTimestamp {
    return toIsoTimestamp(Date.now());
  }

  onEvent(listener: EventListener): void {
    this.listener = listener;
  }

  /** Called when the state was loaded whole from the stream: restart every loop it has open. */
  onResume(listener: () => void): void {
    this.resumeListener = listener;
  }

  /**
   * Context for a domain decision; the fake id keeps validators free of side effects
   * on the random seed. `deadlines` is the quote of a command that starts or resumes
   * a clock (see business-hours.ts); validators judge without one.
   */
  context(
    actor: Actor,
    forValidation = false,
    policy = this.policy,
    deadlines?: DeadlineQuote,
  ): CommandContext {
    const newId = forValidation ? () => '00000000-0000-4000-8000-000000000000' : () => uuid4();
    return { actor, now: this.now(), policy, newId, ...(deadlines && { deadlines }) };
  }

  /** Reads the incident's stream into the state (a `load` run). Call inside the mutex. */
  async load(): Promise<void> {
    const { runId } = workflowInfo();
    const loaded = await loadIncident({ incidentId: this.input.incidentId, runId });
    this.loading = false;
    if (!loaded.found) return;
    this.state = loaded.state;
    this.pin(loaded.policy, loaded.calendar);
    for (const { commandId, events } of loaded.commandsOfRun)
      this.storedCommands.set(commandId, events);
    upsertIncidentSearchAttributes(this.state);
    this.resumeListener();
  }

  /**
   * Decides and stores one step, then folds its events; returns them. The store is
   * the truth, not this run's memory: when a workflow task was lost after its local
   * append committed, the task re-runs from older state and the append finds the
   * stream ahead. The run then catches up and decides again — or, when the events
   * it caught up with were this very command's (`commandId`, the update id), answers
   * with them instead of applying the command twice. Call inside the mutex.
   */
  async record(
    decide: () => IncidentEvent[] | Promise<IncidentEvent[]>,
    origin: CommandOrigin,
    commandId?: string,
  ): Promise<IncidentEvent[]> {
    for (let catchUps = 0; ; catchUps += 1) {
      const stored = commandId === undefined ? undefined : this.storedCommands.get(commandId);
      if (stored) return stored;
      const events = await decide();
      if (events.length === 0) return events;
      try {
        await this.store(events, origin, commandId);
        this.fold(events);
        return events;
      } catch (error) {
        if (!(error instanceof StreamAhead) || catchUps === MAX_CATCH_UPS) throw error;
        await this.catchUp();
      }
    }
  }

  private async store(
    events: IncidentEvent[],
    origin: CommandOrigin,
    commandId: string | undefined,
  ): Promise<void> {
    await storeEvents(
      this.input.incidentId,
      events,
      this.state.version,
      {
        ...origin,
        ...(commandId !== undefined && { commandId }),
        policyKey: this.policy.key,
        policyVersion: this.policy.version,
      },
      this.now(),
    );
    this.eventsThisRun += events.length;
  }

  /**
   * Folds what the stream holds beyond this run's state. An opening that finds a
   * stream loads it whole (with the policy it is pinned to); otherwise the missing
   * events are folded first and their loops started after, so each loop starts
   * from the state as it is now (a remedy delivered since is not delivered again).
   */
  private async catchUp(): Promise<void> {
    if (this.state.version === 0) return this.load();
    const missing = await readEventsSince({
      incidentId: this.input.incidentId,
      version: this.state.version,
    });
    for (const { commandId, ...event } of missing) {
      this.state = evolve(this.state, event);
      if (commandId !== undefined)
        this.storedCommands.set(commandId, [...(this.storedCommands.get(commandId) ?? []), event]);
    }
    for (const event of missing) this.listener(event);
    upsertIncidentSearchAttributes(this.state);
  }

  /** Folds stored events into the state and starts the loops they open. */
  private fold(events: IncidentEvent[]): void {
    for (const event of events) {
      this.state = evolve(this.state, event);
      this.listener(event);
    }
    upsertIncidentSearchAttributes(this.state);
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
      const events = await this.record(
        () => (this.stopping || !stillDue() ? [] : build(this.state, this.now())),
        { actor: RECOVERY_WORKFLOW_ACTOR, correlationId: this.input.correlationId },
      );
      return events.length > 0;
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
