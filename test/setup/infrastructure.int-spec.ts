import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { allMigrations } from '@recovery/database';

describe('test infrastructure', () => {
  it('gives the tests a real PostgreSQL with every migration applied', async () => {
    const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
    await client.connect();
    try {
      const result = await client.query<{ name: string }>('SELECT name FROM migrations');
      const applied = result.rows.map((row) => row.name);
      const known = Object.values(allMigrations).map((migration) =>
        typeof migration === 'string' ? migration : migration.name,
      );
      expect(known.length).toBeGreaterThan(0);
      expect(applied.sort()).toEqual(known.sort());
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
