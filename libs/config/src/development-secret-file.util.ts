import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A secret kept in DATA_DIR when its setting is absent outside production. */
export interface DevelopmentSecretFile {
  dataDir: string;
  fileName: string;
  /** Makes the file's contents on first start. */
  generate: () => string;
  /** Told once, when the file is created: names the setting production must use. */
  warn: (message: string) => void;
  setting: string;
}

/**
 * The contents of `DATA_DIR/<fileName>`, created on first start. The API and the
 * worker share the directory: whichever creates the file first wins (exclusive
 * create), the other reads what it wrote.
 */
export function loadDevelopmentSecret(file: DevelopmentSecretFile): string {
  const path = resolve(file.dataDir, file.fileName);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const contents = file.generate();
  mkdirSync(file.dataDir, { recursive: true });
  try {
    writeFileSync(path, contents, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(path, 'utf8');
  }
  file.warn(
    `${file.setting} is not set: using a development key generated into ${path}; set ${file.setting} in production`,
  );
  return contents;
}
