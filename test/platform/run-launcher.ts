import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const LAUNCHER = 'dist/tools/launcher/start.js';

export interface LauncherRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built launcher with exactly `env` (plus PATH) and collects its output. */
export function runLauncher(env: Record<string, string>, timeoutMs = 60_000): Promise<LauncherRun> {
  if (!existsSync(LAUNCHER)) throw new Error(`${LAUNCHER} is missing: npm test builds it first`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`launcher still running after ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
