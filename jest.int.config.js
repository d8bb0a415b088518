// Integration tests against a real PostgreSQL and a real Temporal dev server,
// started once per run by the shared global setup.
module.exports = {
  ...require('./jest.base.config'),
  displayName: 'int',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 120_000,
  maxWorkers: 2,
};
