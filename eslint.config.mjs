// Type-aware linting (typescript-eslint flat config). Workflow code gets an
// extra ban: it runs in Temporal's deterministic sandbox, where Node built-ins,
// Nest, TypeORM, pg and reflect-metadata break replay or the bundle.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const NODE_BUILT_INS = builtinModules.filter((name) => !name.startsWith('_'));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.data/**',
      '.tools/**',
      'node_modules/**',
      'coverage/**',
      '*.js',
      '*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A rest sibling is how an object drops a field: `const { policy, ...fields } = args`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Nest modules and DTO classes are legitimately empty or decorator-only.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // The console: React's rules of hooks and exhaustive effect dependencies.
    files: ['apps/console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Decorator metadata needs runtime imports of injected classes and DTOs.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/domain/**', 'apps/console/**'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['workflows/**/*.ts', 'libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Exact module names: a pattern would also match our own `../events/…` folders.
          paths: NODE_BUILT_INS.map((name) => ({
            name,
            message: 'Workflow and domain code must not use Node built-ins.',
          })),
          patterns: [
            { group: ['node:*'], message: 'Workflow and domain code must not use Node built-ins.' },
            {
              group: [
                '@nestjs/*',
                'typeorm',
                'typeorm/*',
                'pg',
                'reflect-metadata',
                'class-validator',
                'class-transformer',
              ],
              message: 'Workflow and domain code stay free of frameworks, I/O and decorators.',
            },
            {
              group: [
                '@temporalio/client',
                '@temporalio/worker',
                '@temporalio/activity',
                '@temporalio/testing',
              ],
              message: 'Only @temporalio/workflow belongs in workflow code.',
            },
          ],
        },
      ],
    },
  },
);
