// Shared by the three jest configurations (unit, int, e2e). The project is ESM
// (NestJS 12 ships as ESM), so jest runs with --experimental-vm-modules and
// ts-jest in ESM mode. One alias map: the same as tsconfig "paths" and the
// workflow bundler's aliases.
import { readFileSync } from 'node:fs';
import { pathsToModuleNameMapper } from 'ts-jest';
import tsconfigPaths from 'tsconfig-paths';

const { compilerOptions } = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url)));

export default {
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }],
  },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/', '<rootDir>/.tools/'],
};

/**
 * Jest's globalSetup runs outside jest's module system, where moduleNameMapper
 * does not apply: the int and e2e configs register the same aliases for it.
 */
export function registerAliasesForGlobalSetup() {
  tsconfigPaths.register({ baseUrl: import.meta.dirname, paths: compilerOptions.paths });
}
