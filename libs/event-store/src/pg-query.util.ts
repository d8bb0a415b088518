import pg, { type Pool, type QueryConfig, type QueryResult, type QueryResultRow } from 'pg';

/**
 * Runs one statement on a pooled connection. Unlike `pool.query`, a server-side error
 * (a version conflict, a refused duplicate) keeps the connection: pg-pool would
 * destroy it, and every conflict would then pay for a new connection. Only
 * connection-level failures discard the client.
 */
export async function queryPool<R extends QueryResultRow>(
  pool: Pool,
  config: QueryConfig,
): Promise<QueryResult<R>> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    return await client.query<R>(config);
  } catch (error) {
    if (!(error instanceof pg.DatabaseError))
      failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(failure);
  }
}
