import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { OPENAPI_PATH } from './openapi-path';

const ROOT = resolve(import.meta.dirname, '../..');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: {
    ruleId: string;
    severity: string;
    message: string;
    location: { pointer: string }[];
  }[];
}

// Issue 13, item 3: the committed document passes the linter generators and portals use.
describe('docs/openapi.json', () => {
  it('has no Redocly lint errors under the recommended rules (redocly.yaml)', () => {
    const lint = spawnSync(
      resolve(ROOT, 'node_modules/.bin/redocly'),
      ['lint', OPENAPI_PATH, '--format=json'],
      // No telemetry or update check: the machines reach package registries only.
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    const report = JSON.parse(lint.stdout) as LintReport;
    const errors = report.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 60_000);
});
