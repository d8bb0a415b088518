import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INCIDENT_SEARCH_ATTRIBUTE_NAMES } from '@recovery/workflows';
import { devServerArguments } from './temporal-dev-server';

const base = { cliPath: 'temporal', port: 7233, logFile: '/dev/null' };
const pragmas = (args: string[]): string[] =>
  args.flatMap((arg, i) => (args[i - 1] === '--sqlite-pragma' ? [arg] : []));

describe('the Temporal dev server arguments', () => {
  it('keeps a database file in WAL mode with synchronous=NORMAL (survives a process crash)', () => {
    const databaseFile = join(mkdtempSync(join(tmpdir(), 'dev-server-')), 'temporal.db');
    const args = devServerArguments({ ...base, databaseFile });
    expect(args).toEqual(expect.arrayContaining(['--db-filename', databaseFile]));
    expect(pragmas(args)).toEqual(['journal_mode=WAL', 'synchronous=NORMAL']);
  });

  it('runs an in-memory test server without fsync', () => {
    expect(pragmas(devServerArguments(base))).toEqual(['journal_mode=WAL', 'synchronous=OFF']);
  });

  it('registers each Keyword search attribute the recovery workflow upserts', () => {
    const args = devServerArguments({
      ...base,
      keywordSearchAttributes: INCIDENT_SEARCH_ATTRIBUTE_NAMES,
    });
    const registered = args.flatMap((arg, i) =>
      args[i - 1] === '--search-attribute' ? [arg] : [],
    );
    expect(registered).toEqual(INCIDENT_SEARCH_ATTRIBUTE_NAMES.map((name) => `${name}=Keyword`));
  });

  it('has the compose deployment register the same search attributes', () => {
    const compose = readFileSync(
      resolve(import.meta.dirname, '../../../docker/docker-compose.yml'),
      'utf8',
    );
    const line = /for name in ([^;]+); do/.exec(compose)?.[1] ?? '';
    expect(line.trim().split(/\s+/).sort()).toEqual([...INCIDENT_SEARCH_ATTRIBUTE_NAMES].sort());
  });
});
