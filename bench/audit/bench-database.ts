import { DataSource } from 'typeorm';
import { validateEnvironment } from '@recovery/config';
import { auditMigrations } from '@recovery/audit';
import { eventStoreMigrations } from '@recovery/event-store';

/** The benchmark's database (its own: a seed leaves a million events behind), migrated. */
export async function openBenchDatabase(
  urlFlag: string | undefined,
  poolSize: number,
): Promise<DataSource> {
  const url = urlFlag ?? validateEnvironment(process.env).DATABASE_URL;
  if (!url) throw new Error('No database: pass --database-url or set DATABASE_URL');
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: [...eventStoreMigrations, ...auditMigrations],
    extra: { max: poolSize },
    logging: ['error'],
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** The month the seeder fills and the runner reports on. */
export const BENCH_MONTH = {
  from: new Date('2030-01-01T00:00:00Z'),
  to: new Date('2030-02-01T00:00:00Z'),
};
export const BENCH_POLICY_KEY = 'bench-audit';
