/**
 * Serialises async work inside one workflow run. Update handlers await activities;
 * without this, two supervisors deciding the same approval could both pass the
 * check before either event is stored (TEMPORAL.md, "Messages").
 */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** True when nobody holds or waits for the lock. */
  get idle(): boolean {
    return this.waiting === 0;
  }

  /** Runs `work` once every earlier holder has finished. */
  async runExclusive<T>(work: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      return await work();
    } finally {
      this.waiting -= 1;
      release();
    }
  }
}
