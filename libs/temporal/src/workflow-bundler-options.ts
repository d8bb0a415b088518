import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type BundleOptions } from '@temporalio/worker';

type WebpackConfig = Parameters<NonNullable<BundleOptions['webpackConfigHook']>>[0];

/**
 * Temporal's workflow bundler (webpack) does not read tsconfig "paths"; this
 * hook gives it the same `@recovery/*` aliases, read from tsconfig.json, so
 * workflow code imports the domain lib by alias, never by a relative reach-in.
 */
export function workflowBundlerOptions(): Pick<BundleOptions, 'webpackConfigHook'> {
  const aliases = tsconfigAliases();
  return {
    webpackConfigHook: (config: WebpackConfig): WebpackConfig => ({
      ...config,
      resolve: { ...config.resolve, alias: { ...config.resolve?.alias, ...aliases } },
    }),
  };
}

/** Absolute path of the workflows entry point (TypeScript source, bundled by webpack). */
export function workflowsSourcePath(): string {
  return join(repositoryRoot(), 'workflows', 'index.ts');
}

function tsconfigAliases(): Record<string, string> {
  const root = repositoryRoot();
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
      `${alias}$`,
      resolve(root, target),
    ]),
  );
}

// Works from the sources and from dist/: the nearest folder up with a tsconfig.json.
function repositoryRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'tsconfig.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('tsconfig.json not found above ' + import.meta.dirname);
    dir = parent;
  }
  return dir;
}
