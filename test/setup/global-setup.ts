import { startTestInfrastructure } from './test-infrastructure';

/**
 * Jest global setup shared by the int and e2e suites: one PostgreSQL and one
 * Temporal server per run. Test workers are forked after this returns, so the
 * variables set here reach every test file.
 */
export default async function globalSetup(): Promise<void> {
  const infrastructure = await startTestInfrastructure();
  process.env.DATABASE_URL = infrastructure.databaseUrls.application;
  process.env.MIGRATION_DATABASE_URL = infrastructure.databaseUrls.owner;
  process.env.DATABASE_ADMIN_URL = infrastructure.adminDatabaseUrl;
  process.env.TEMPORAL_ADDRESS = infrastructure.temporalAddress;
  process.env.TEMPORAL_NAMESPACE = 'default';
  process.env.NODE_ENV = 'test';
  (globalThis as { testServices?: unknown }).testServices = infrastructure.services;
}
