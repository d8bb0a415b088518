import { type PolicyVersion } from '@recovery/domain';

/** What the cache reads: the table's change token, and the newest version of every key. */
export interface LatestVersionsSource {
  changeToken(): Promise<string>;
  latestVersions(): Promise<PolicyVersion[]>;
}

/**
 * The newest version of every policy, read whole again only when the table has
 * changed. Every call first reads the change token (one small round trip), so a
 * version published by any process, committed before the call began, is seen by
 * that call: no time-to-live, never stale. Versions are immutable (a trigger
 * refuses UPDATE and DELETE), so an unchanged token means an unchanged table.
 */
export class LatestVersionsCache {
  private cached?: { token: string; versions: PolicyVersion[] };

  constructor(private readonly source: LatestVersionsSource) {}

  async get(): Promise<PolicyVersion[]> {
    const token = await this.source.changeToken();
    if (this.cached?.token === token) return this.cached.versions;
    // Read after the token, so these versions are at least as new as it says: a
    // slower concurrent refresh that lands last can leave an older token, never newer data.
    const versions = await this.source.latestVersions();
    this.cached = { token, versions };
    return versions;
  }
}
