import { randomBytes } from 'node:crypto';
import {
  type AppConfig,
  loadDevelopmentSecret,
  parsePayloadEncryptionKeys,
} from '@recovery/config';
import { PayloadKeyRing } from './payload-key-ring';

export const DEVELOPMENT_KEY_FILE = 'payload-encryption-keys';

/**
 * PAYLOAD_ENCRYPTION_KEYS, else — outside production, where the configuration refuses
 * to start without it — a development key generated into DATA_DIR (in the same
 * `keyId:base64` form) and shared by the API and the worker.
 */
export function loadPayloadKeyRing(
  config: Pick<AppConfig, 'temporal' | 'dataDir'>,
  warn: (message: string) => void,
): PayloadKeyRing {
  if (config.temporal.payloadEncryptionKeys)
    return new PayloadKeyRing(config.temporal.payloadEncryptionKeys);
  const list = loadDevelopmentSecret({
    dataDir: config.dataDir,
    fileName: DEVELOPMENT_KEY_FILE,
    setting: 'PAYLOAD_ENCRYPTION_KEYS',
    warn,
    generate: () => `development:${randomBytes(32).toString('base64')}`,
  });
  return new PayloadKeyRing(parsePayloadEncryptionKeys(list));
}
