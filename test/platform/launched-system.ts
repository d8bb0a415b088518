import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { LAUNCHER } from './run-launcher';

export interface LaunchedSystem {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the launcher's exit code. */
  exited: Promise<number | null>;
}

/** Starts `node dist/tools/launcher/start.js` and waits for its "is up" banner. */
export async function launchSystem(
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<LaunchedSystem> {
  const child = spawn(process.execPath, [LAUNCHER], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + timeoutMs;
  while (!output.includes('Service-recovery engine is up')) {
    if (child.exitCode !== null) throw new Error(`launcher exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`launcher not up after ${timeoutMs} ms:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { child, output: () => output, exited };
}

/** A development token from the same `npm run token` tool the README uses. */
export function developmentToken(args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, ['dist/tools/token/issue-token.js', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
  })
    .toString()
    .trim();
}
