/** What a ChangeTokenCache reads: a token that moves with every committed change, and the data. */
export interface ChangeTokenSource<T> {
  changeToken(): Promise<string>;
  read(): Promise<T>;
}

/**
 * Data derived from tables, read whole again only when their change token has
 * moved. Every call first reads the token (one small round trip), so a change
 * committed by any process before the call began is seen by that call: no
 * time-to-live, never stale. The source's token must change with every committed
 * change (policy and calendar versions are insert-only; site writes bump a revision).
 */
export class ChangeTokenCache<T> {
  private cached?: { token: string; value: T };

  constructor(private readonly source: ChangeTokenSource<T>) {}

  /** The data as of a token read by this call. */
  async get(): Promise<T> {
    const token = await this.source.changeToken();
    if (this.cached?.token === token) return this.cached.value;
    // Read after the token, so the data is at least as new as it says: a slower
    // concurrent refresh that lands last can leave an older token, never newer data.
    const value = await this.source.read();
    this.cached = { token, value };
    return value;
  }
}
