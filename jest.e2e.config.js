// End-to-end tests: HTTP through the running API and worker, against the same
// real PostgreSQL and Temporal as the integration tests.
import base, { registerAliasesForGlobalSetup } from './jest.base.config.js';

registerAliasesForGlobalSetup();

export default {
  ...base,
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
};
