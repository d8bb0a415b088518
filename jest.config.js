// Unit tests: pure logic, no I/O (`*.spec.ts` beside the code).
import base from './jest.base.config.js';

export default {
  ...base,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,workflows,tools}/**/*.spec.ts'],
};
