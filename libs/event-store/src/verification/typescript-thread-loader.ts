import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type * as TypeScript from 'typescript';
import {
  isExtensionlessRelative,
  transpile,
  type TranspiledSources,
} from './typescript-thread-hooks';

const execArgvByEntry = new Map<string, Promise<string[]>>();

/**
 * The execArgv of a worker thread whose entry is a TypeScript source: `--import` of a
 * module registering typescript-thread-hooks.ts, with every module the entry reaches
 * through relative imports transpiled here, once per process (a thread that loaded the
 * compiler itself would take seconds to start). Path aliases are not followed: a thread's
 * entry reaches its code through relative imports. Built code (dist/) never needs this.
 */
export function typescriptThreadExecArgv(entry: URL): Promise<string[]> {
  let execArgv = execArgvByEntry.get(entry.href);
  if (!execArgv) {
    execArgv = registrationArgv(entry);
    execArgvByEntry.set(entry.href, execArgv);
  }
  return execArgv;
}

async function registrationArgv(entry: URL): Promise<string[]> {
  const compiler = (await import('typescript')).default;
  const hooksUrl = new URL('./typescript-thread-hooks.ts', import.meta.url);
  const [hooks] = Object.values(await transpileGraph(compiler, hooksUrl, false));
  const sources = await transpileGraph(compiler, entry, true);
  const registration = `import { register } from 'node:module';
register(${JSON.stringify(dataUrl(hooks))}, { data: { sources: ${JSON.stringify(sources)} } });`;
  return ['--import', dataUrl(registration)];
}

/** `entry` transpiled, and (when `follow`) every .ts module it reaches by relative imports. */
async function transpileGraph(
  compiler: typeof TypeScript,
  entry: URL,
  follow: boolean,
): Promise<TranspiledSources> {
  const sources: TranspiledSources = {};
  const pending = [entry];
  for (let url = pending.pop(); url; url = pending.pop()) {
    if (sources[url.href] !== undefined) continue;
    const fileName = fileURLToPath(url);
    const source = await readFile(fileName, 'utf8');
    sources[url.href] = transpile(compiler, source, fileName);
    if (!follow) continue;
    for (const { fileName: specifier } of compiler.preProcessFile(source).importedFiles) {
      if (isExtensionlessRelative(specifier)) pending.push(new URL(`${specifier}.ts`, url));
    }
  }
  return sources;
}

function dataUrl(javascript: string): string {
  return `data:text/javascript,${encodeURIComponent(javascript)}`;
}
