import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { workflowBundlerOptions, workflowsSourcePath } from '@recovery/temporal';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/**
 * Determinism guard (issue 4): histories recorded from real runs of the paths
 * (RECORD_FIXTURES=1 … recovery-paths.int-spec.ts) must replay against today's
 * workflow code. A failure here means a change needs `patched()`. Fixtures are
 * per SDK version (1.24): re-record them on an SDK upgrade.
 */
describe('incident recovery replay', () => {
  const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.binpb'));

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it('replays every recorded history without a non-determinism error', async () => {
    const histories = files.map((file) => ({
      workflowId: file,
      history: temporal.api.history.v1.History.decode(readFileSync(resolve(FIXTURES, file))),
    }));
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of Worker.runReplayHistories(
      { workflowsPath: workflowsSourcePath(), bundlerOptions: workflowBundlerOptions() },
      histories,
    )) {
      replayed += 1;
      if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(files.length);
  });
});
