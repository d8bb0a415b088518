import { type PolicyDocument, type PolicyVersion } from '@recovery/domain';
import { LatestVersionsCache, type LatestVersionsSource } from './latest-versions.cache';

/** An insert-only table of versions as PostgreSQL would show it to every process alike. */
class FakeTable implements LatestVersionsSource {
  readonly rows: PolicyVersion[] = [];
  documentReads = 0;
  /** Set to hold the next document read until it is called (a slow round trip). */
  private held?: Promise<void>;
  private release: () => void = () => undefined;

  holdNextRead(): () => void {
    this.held = new Promise((resolve) => (this.release = resolve));
    return () => this.release();
  }

  insert(key: string, title: string): void {
    const version = this.rows.filter((r) => r.key === key).length + 1;
    const document = { key, title } as PolicyDocument;
    this.rows.push({ key, version, document, createdAt: `t${this.rows.length}`, createdBy: 'x' });
  }

  changeToken(): Promise<string> {
    return Promise.resolve(`${this.rows.length}:${this.rows.at(-1)?.createdAt ?? ''}`);
  }

  async latestVersions(): Promise<PolicyVersion[]> {
    this.documentReads += 1;
    const held = this.held;
    this.held = undefined;
    await held;
    const latest = new Map(this.rows.map((row) => [row.key, row]));
    return [...latest.values()];
  }
}

const titles = (versions: PolicyVersion[]): string[] => versions.map((v) => v.document.title);

describe('LatestVersionsCache', () => {
  it('reads the documents once while no version is added', async () => {
    const table = new FakeTable();
    table.insert('default', 'first');
    const cache = new LatestVersionsCache(table);

    for (let i = 0; i < 5; i += 1) expect(titles(await cache.get())).toEqual(['first']);

    expect(table.documentReads).toBe(1);
  });

  it('gives the very next call a version published by another process', async () => {
    const table = new FakeTable();
    table.insert('default', 'first');
    const thisProcess = new LatestVersionsCache(table);
    const otherProcess = new LatestVersionsCache(table);
    await thisProcess.get();

    table.insert('default', 'second'); // what otherProcess's PoliciesService.createVersion commits
    await otherProcess.get();

    expect(titles(await thisProcess.get())).toEqual(['second']);
  });

  it('keeps the newer versions when a slower refresh with an older token lands last', async () => {
    const table = new FakeTable();
    table.insert('a', 'a1');
    const cache = new LatestVersionsCache(table);
    const releaseSlow = table.holdNextRead();

    const slow = cache.get(); // reads token 1, then its document read is held back
    await new Promise((resolve) => setImmediate(resolve));
    table.insert('a', 'a2');
    expect(titles(await cache.get())).toEqual(['a2']); // token 2, read at once
    releaseSlow();
    await slow; // lands last, caching token 1 beside what it read

    expect(titles(await cache.get())).toEqual(['a2']);
    expect(table.documentReads).toBe(3); // token 2 ≠ token 1: read again, not served stale
  });
});
