import { type ChildProcess, spawn } from 'node:child_process';
import { stopChild } from '@recovery/local-infra';

export interface AppProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends, for whatever reason. */
  exited: Promise<number>;
  stop(): Promise<void>;
}

/** Runs one of our built apps (`dist/apps/<name>/src/main.js`) with its output passed through. */
export function startAppProcess(name: string, env: NodeJS.ProcessEnv): AppProcess {
  const child = spawn(process.execPath, [`dist/apps/${name}/src/main.js`], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  return { name, child, exited, stop: () => stopChild(child, 15_000) };
}
