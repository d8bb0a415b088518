import { randomBytes } from 'node:crypto';
import { type AppConfig, loadDevelopmentSecret } from '@recovery/config';
import { KeyEncryptionKey } from './key-encryption-key';

export const DEVELOPMENT_KEY_FILE = 'personal-data-key';

/**
 * PERSONAL_DATA_KEY, else — outside production, where the configuration refuses to
 * start without it — a development key generated into DATA_DIR and shared by the
 * API and the worker.
 */
export function loadKeyEncryptionKey(
  config: Pick<AppConfig, 'personalDataKey' | 'dataDir'>,
  warn: (message: string) => void,
): KeyEncryptionKey {
  if (config.personalDataKey) return new KeyEncryptionKey(config.personalDataKey);
  const base64 = loadDevelopmentSecret({
    dataDir: config.dataDir,
    fileName: DEVELOPMENT_KEY_FILE,
    setting: 'PERSONAL_DATA_KEY',
    warn,
    generate: () => randomBytes(32).toString('base64'),
  });
  return new KeyEncryptionKey(Buffer.from(base64.trim(), 'base64'));
}
