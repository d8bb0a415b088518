// Integration tests against a real PostgreSQL and a real Temporal dev server,
// started once per run by the shared global setup.
import base, { registerAliasesForGlobalSetup } from './jest.base.config.js';

registerAliasesForGlobalSetup();

export default {
  ...base,
  displayName: 'int',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 120_000,
  maxWorkers: 2,
};
