import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type WorkerOptions } from '@temporalio/worker';
import { workflowBundlerOptions, workflowsSourcePath } from './workflow-bundler-options';

/** File name of the prebuilt workflow bundle that `npm run build` writes into dist/. */
export const WORKFLOW_BUNDLE_FILE = 'workflow-bundle.js';

/**
 * Where the worker gets its workflow code. Compiled code (dist/) loads the
 * bundle built beside it by the same `npm run build`, so it is never stale;
 * TypeScript sources (tests, development) are bundled at worker start.
 */
export function workflowCodeSource(
  distRoot: string,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  const runningCompiledCode = import.meta.url.endsWith('.js');
  const bundlePath = join(distRoot, WORKFLOW_BUNDLE_FILE);
  if (runningCompiledCode) {
    if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run npm run build`);
    return { workflowBundle: { codePath: bundlePath } };
  }
  return { workflowsPath: workflowsSourcePath(), bundlerOptions: workflowBundlerOptions() };
}
