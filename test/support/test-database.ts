import { DataSource } from 'typeorm';

/** A variable exported by the shared global setup (test/setup). */
export function fromGlobalSetup(name: 'DATABASE_URL' | 'TEMPORAL_ADDRESS'): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run through jest.int.config.js or jest.e2e.config.js`);
  return value;
}

/** A DataSource on the test database, which the global setup has fully migrated. */
export function openTestDataSource(poolSize = 20): Promise<DataSource> {
  const url = fromGlobalSetup('DATABASE_URL');
  return new DataSource({
    type: 'postgres',
    url,
    extra: { max: poolSize },
    logging: false,
  }).initialize();
}

/** Runs SQL with the append-only triggers off for this transaction only: a superuser's tampering. */
export async function withoutTriggers(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<void> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.startTransaction();
    await queryRunner.query(`SET LOCAL session_replication_role = replica`);
    await queryRunner.query(sql, params);
    await queryRunner.commitTransaction();
  } finally {
    await queryRunner.release();
  }
}
