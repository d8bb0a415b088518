import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateTemporalCli, projectLocalCliPath } from './temporal-cli';
import { TemporalCliNotFoundError } from './temporal-cli-not-found.error';

function fakeCli(path: string, works = true): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${works ? 'echo "temporal version 1.9.1"' : 'exit 3'}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('locateTemporalCli', () => {
  const log = (): void => undefined;
  const refuseInstall = (): string => 'offline';
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'temporal-cli-'));
  });

  it('uses TEMPORAL_CLI_PATH first, even when others exist', () => {
    const explicit = fakeCli(join(root, 'explicit', 'temporal'));
    fakeCli(join(root, 'bin', 'temporal'));
    const found = locateTemporalCli({
      explicitPath: explicit,
      toolsDir: root,
      searchPath: join(root, 'bin'),
      log,
      install: refuseInstall,
    });
    expect(found).toBe(explicit);
  });

  it('refuses a TEMPORAL_CLI_PATH that does not work instead of silently using another', () => {
    fakeCli(join(root, 'bin', 'temporal'));
    const attempt = () =>
      locateTemporalCli({
        explicitPath: fakeCli(join(root, 'broken', 'temporal'), false),
        toolsDir: root,
        searchPath: join(root, 'bin'),
        log,
      });
    expect(attempt).toThrow(/TEMPORAL_CLI_PATH=.*not a working CLI/);
  });

  it('prefers `temporal` on PATH over the project-local copy', () => {
    const onPath = fakeCli(join(root, 'bin', 'temporal'));
    fakeCli(projectLocalCliPath(root));
    const found = locateTemporalCli({
      toolsDir: root,
      searchPath: `/nonexistent:${join(root, 'bin')}`,
      log,
    });
    expect(found).toBe(onPath);
  });

  it('falls back to the project-local copy', () => {
    const local = fakeCli(projectLocalCliPath(root));
    expect(locateTemporalCli({ toolsDir: root, searchPath: '', log, install: refuseInstall })).toBe(
      local,
    );
  });

  it('installs into the tools folder when nothing is found', () => {
    const install = (toolsDir: string): null => {
      fakeCli(projectLocalCliPath(toolsDir));
      return null;
    };
    const found = locateTemporalCli({ toolsDir: root, searchPath: '', log, install });
    expect(found).toBe(projectLocalCliPath(root));
  });

  it('lists every place it tried when all fail', () => {
    const attempt = () =>
      locateTemporalCli({ toolsDir: root, searchPath: '', log, install: refuseInstall });
    expect(attempt).toThrow(TemporalCliNotFoundError);
    expect(attempt).toThrow(
      /TEMPORAL_CLI_PATH: not set[\s\S]*on PATH[\s\S]*not present[\s\S]*offline/,
    );
  });
});
