// Module hooks for a verification thread started from TypeScript sources (ts-jest,
// development; typescript-thread-loader.ts registers them): a relative import without an
// extension resolves to its .ts file, as in the sources, and a .ts file loads as the
// JavaScript the parent transpiled for it. The thread itself never loads the compiler.
import type * as TypeScript from 'typescript';

interface ResolveContext {
  parentURL?: string;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<unknown>;
type NextLoad = (url: string, context: unknown) => Promise<unknown>;

/** The transpiled modules of a thread's entry, by file URL. */
export type TranspiledSources = Record<string, string>;

let sources: TranspiledSources = {};

export function initialize(data: { sources: TranspiledSources }): void {
  sources = data.sources;
}

export function resolve(
  specifier: string,
  context: ResolveContext,
  nextResolve: NextResolve,
): Promise<unknown> {
  const fromTypeScript = context.parentURL?.endsWith('.ts') ?? false;
  return nextResolve(
    fromTypeScript && isExtensionlessRelative(specifier) ? `${specifier}.ts` : specifier,
    context,
  );
}

export function load(url: string, context: unknown, nextLoad: NextLoad): Promise<unknown> {
  const source = sources[url];
  if (source === undefined) return nextLoad(url, context);
  return Promise.resolve({ format: 'module', source, shortCircuit: true });
}

/** A relative import written as the sources write them: `./chain-row`, not `./chain-row.js`. */
export function isExtensionlessRelative(specifier: string): boolean {
  return specifier.startsWith('.') && !/\.[cm]?[jt]s$/.test(specifier);
}

/** One TypeScript module as an ES2022 module, types dropped (as ts-jest does with isolatedModules). */
export function transpile(compiler: typeof TypeScript, source: string, fileName: string): string {
  return compiler.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: compiler.ModuleKind.ESNext,
      target: compiler.ScriptTarget.ES2022,
    },
  }).outputText;
}
