import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { DatabaseUnreachableError } from './database-unreachable.error';

/** Connects to PostgreSQL and applies every pending migration; returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = await connectDataSource(url, 'recovery-migrations');
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** An initialised DataSource, or a {@link DatabaseUnreachableError} naming the URL. */
export async function connectDataSource(url: string, applicationName: string): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, applicationName));
  try {
    return await dataSource.initialize();
  } catch (error) {
    throw new DatabaseUnreachableError(url, error);
  }
}
