import { type LiveChange } from './live-change';

/**
 * Holds changes for a short window and then releases the latest one per incident
 * or approval, in the order each was first seen: a burst of appends to one
 * incident (a timer firing and a command landing together) becomes one event,
 * and the console fetches it once.
 */
export class ChangeCoalescer {
  private pending = new Map<string, LiveChange>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly windowMs: number,
    private readonly release: (changes: LiveChange[]) => void,
  ) {}

  add(change: LiveChange): void {
    const key = keyOf(change);
    const held = this.pending.get(key);
    // Triggers notify in commit order and the row is locked per append, so versions
    // only grow; keeping the higher one guards against a redelivered older payload.
    if (!held || !isOlder(change, held)) this.pending.set(key, change);
    this.timer ??= setTimeout(() => this.flush(), this.windowMs);
  }

  /** Releases everything held now (also on shutdown, so nothing is left behind). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return;
    const changes = [...this.pending.values()];
    this.pending = new Map();
    this.release(changes);
  }
}

function keyOf(change: LiveChange): string {
  return change.kind === 'incident'
    ? `incident:${change.incidentId}`
    : `approval:${change.approvalId}`;
}

function isOlder(change: LiveChange, held: LiveChange): boolean {
  return change.kind === 'incident' && held.kind === 'incident' && change.version < held.version;
}
