/** The Temporal server could not be reached at boot. */
export class TemporalUnreachableError extends Error {
  constructor(address: string, cause: unknown) {
    super(
      `Cannot connect to Temporal at ${address}: ${cause instanceof Error ? cause.message : String(cause)}\n` +
        'Check TEMPORAL_ADDRESS, or unset it to let `npm start` run the Temporal dev server.',
    );
    this.name = 'TemporalUnreachableError';
  }
}
