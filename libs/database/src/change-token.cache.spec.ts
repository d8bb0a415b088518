import { ChangeTokenCache, type ChangeTokenSource } from './change-token.cache';

interface Row {
  key: string;
  title: string;
}

/** An insert-only table as PostgreSQL would show it to every process alike. */
class FakeTable implements ChangeTokenSource<string[]> {
  readonly rows: Row[] = [];
  reads = 0;
  /** Set to hold the next data read until it is called (a slow round trip). */
  private held?: Promise<void>;
  private release: () => void = () => undefined;

  holdNextRead(): () => void {
    this.held = new Promise((resolve) => (this.release = resolve));
    return () => this.release();
  }

  insert(key: string, title: string): void {
    this.rows.push({ key, title });
  }

  changeToken(): Promise<string> {
    return Promise.resolve(String(this.rows.length));
  }

  /** The newest title of every key. */
  async read(): Promise<string[]> {
    this.reads += 1;
    const held = this.held;
    this.held = undefined;
    await held;
    return [...new Map(this.rows.map((row) => [row.key, row.title])).values()];
  }
}

describe('ChangeTokenCache', () => {
  it('reads the data once while the token stays', async () => {
    const table = new FakeTable();
    table.insert('default', 'first');
    const cache = new ChangeTokenCache(table);

    for (let i = 0; i < 5; i += 1) expect(await cache.get()).toEqual(['first']);

    expect(table.reads).toBe(1);
  });

  it('gives the very next call a change committed by another process', async () => {
    const table = new FakeTable();
    table.insert('default', 'first');
    const thisProcess = new ChangeTokenCache(table);
    const otherProcess = new ChangeTokenCache(table);
    await thisProcess.get();

    table.insert('default', 'second'); // what otherProcess's service commits
    await otherProcess.get();

    expect(await thisProcess.get()).toEqual(['second']);
  });

  it('keeps the newer data when a slower refresh with an older token lands last', async () => {
    const table = new FakeTable();
    table.insert('a', 'a1');
    const cache = new ChangeTokenCache(table);
    const releaseSlow = table.holdNextRead();

    const slow = cache.get(); // reads token 1, then its data read is held back
    await new Promise((resolve) => setImmediate(resolve));
    table.insert('a', 'a2');
    expect(await cache.get()).toEqual(['a2']); // token 2, read at once
    releaseSlow();
    await slow; // lands last, caching token 1 beside what it read

    expect(await cache.get()).toEqual(['a2']);
    expect(table.reads).toBe(3); // token 2 ≠ token 1: read again, not served stale
  });
});
