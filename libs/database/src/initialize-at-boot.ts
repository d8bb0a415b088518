import { DataSource, type DataSourceOptions } from 'typeorm';
import { DEFAULT_CONNECT_TIMEOUT_MS } from './data-source-options';
import { DatabaseUnreachableError } from './database-unreachable.error';

/**
 * Opens the application's DataSource at boot. The pool's connect timeout is kept short
 * for requests (half the command deadline), but a boot that has to wait for a busy
 * PostgreSQL, or whose own event loop is busy bundling workflows, is not an outage:
 * a connection that times out is tried again until the default connect timeout has
 * passed. Any other failure (refused, bad password, unknown database) fails at once.
 */
export async function initializeAtBoot(options: DataSourceOptions): Promise<DataSource> {
  const deadline = Date.now() + DEFAULT_CONNECT_TIMEOUT_MS;
  for (;;) {
    try {
      return await new DataSource(options).initialize();
    } catch (error) {
      if (!isConnectTimeout(error) || Date.now() >= deadline)
        throw new DatabaseUnreachableError(String((options as { url?: string }).url), error);
    }
  }
}

// pg-pool's words for a checkout that outlived connectionTimeoutMillis.
function isConnectTimeout(error: unknown): boolean {
  return (
    error instanceof Error &&
    /connection timeout|timeout exceeded when trying to connect/i.test(error.message)
  );
}
