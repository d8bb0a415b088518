// Unit tests: pure logic, no I/O (`*.spec.ts` beside the code).
module.exports = {
  ...require('./jest.base.config'),
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,workflows,tools}/**/*.spec.ts'],
};
