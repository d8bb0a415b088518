import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONSOLE_DIR = 'dist/console';
const CONSOLE_PATH = '/console/';

/** What index.html makes the browser load before the first screen: its entry and its preloads. */
export interface InitialJavaScript {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

/**
 * Reads the built console's index.html and gzips (Node's default level, as a
 * compressing proxy would) every script it loads eagerly: the module entry and
 * each modulepreload. The lazy screen chunks load on navigation, so they do not count.
 */
export function measureInitialJavaScript(consoleDir = CONSOLE_DIR): InitialJavaScript {
  const html = readFileSync(join(consoleDir, 'index.html'), 'utf8');
  const files = eagerScripts(html).map((url) => {
    const file = url.slice(CONSOLE_PATH.length);
    return { file, gzipBytes: gzipSync(readFileSync(join(consoleDir, file))).length };
  });
  if (files.length === 0) throw new Error(`${consoleDir}/index.html loads no script`);
  return { files, gzipBytes: files.reduce((sum, each) => sum + each.gzipBytes, 0) };
}

/** The URLs of `<script type="module" src>` and `<link rel="modulepreload" href>` tags. */
export function eagerScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isEntry = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isEntry || isPreload) && url?.startsWith(CONSOLE_PATH) ? [url] : [];
  });
}
