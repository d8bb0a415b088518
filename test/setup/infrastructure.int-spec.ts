import { Client, Connection } from '@temporalio/client';
import pg from 'pg';

describe('test infrastructure', () => {
  it('gives the tests a real, migrated PostgreSQL', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const result = await client.query<{ count: string }>('SELECT count(*) FROM migrations');
      expect(Number(result.rows[0].count)).toBeGreaterThanOrEqual(0);
    } finally {
      await client.end();
    }
  });

  it('gives the tests a real Temporal server with the default namespace', async () => {
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    try {
      const client = new Client({ connection, namespace: 'default' });
      const described = await client.workflowService.describeNamespace({ namespace: 'default' });
      expect(described.namespaceInfo?.name).toBe('default');
    } finally {
      await connection.close();
    }
  });
});
