import { type DataSourceOptions } from 'typeorm';
import { allMigrations } from './all-migrations';

/** TypeORM options for our PostgreSQL: migrations only, never `synchronize`. */
export function dataSourceOptions(url: string, applicationName: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName,
    synchronize: false,
    migrationsRun: false,
    migrations: allMigrations,
    migrationsTransactionMode: 'each',
    entities: [],
    logging: ['error'],
    extra: { max: 20, connectionTimeoutMillis: 10_000 },
  };
}
