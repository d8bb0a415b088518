import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import {
  WORKFLOW_BUNDLE_FILE,
  workflowBundlerOptions,
  workflowsSourcePath,
} from '@recovery/temporal';

/**
 * Prebuilds the workflow bundle for production workers (part of `npm run
 * build`). Any bundling error exits non-zero, so a broken build never ships.
 */
async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: workflowsSourcePath(),
    ...workflowBundlerOptions(),
    // webpack's module statistics are noise in every `npm start`; problems still show.
    logger: new DefaultLogger('WARN'),
  });
  const target = resolve('dist', WORKFLOW_BUNDLE_FILE);
  await writeFile(target, code);
  console.log(`workflow bundle written to ${target} (${(code.length / 1024).toFixed(0)} KiB)`);
}

main().catch((error: unknown) => {
  console.error('workflow bundle failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
