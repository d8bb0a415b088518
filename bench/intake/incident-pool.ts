import { closedLoop } from '../support/closed-loop';
import { type IntakeClients, openByUpdateWithStart } from './intake-client';

/** How many incidents the pool opens at once while it fills (untimed). */
const FILL_CONNECTIONS = 16;

/**
 * Opened, not yet acknowledged incidents for the command scenarios: each can be
 * acknowledged once. Both command scenarios draw from this one pool, oldest
 * first, so they act on incidents of the same ages.
 */
export class IncidentPool {
  private readonly ids: string[] = [];

  constructor(private readonly clients: IntakeClients) {}

  /** Opens incidents (bare update-with-start) until the pool holds `size`. */
  async fill(size: number): Promise<void> {
    let missing = size - this.ids.length;
    await closedLoop(FILL_CONNECTIONS, Infinity, async () => {
      if (missing <= 0) return false;
      missing -= 1;
      this.ids.push(await openByUpdateWithStart(this.clients));
      return true;
    });
  }

  take(): string | undefined {
    return this.ids.shift();
  }
}
