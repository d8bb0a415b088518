import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AppConfig } from '@recovery/config';
import { AuditSigningKey } from './audit-signing-key';

export const DEVELOPMENT_KEY_FILE = 'audit-signing-key.pem';

/**
 * The configured signing key (AUDIT_SIGNING_KEY), else — outside production, where the
 * configuration refuses to start without one — a development key kept in DATA_DIR,
 * generated on first start. The API and the worker share it: whichever creates the
 * file first wins, the other reads it.
 */
export function loadAuditSigningKey(
  config: Pick<AppConfig, 'audit' | 'dataDir'>,
  warn: (message: string) => void,
): AuditSigningKey {
  if (config.audit.signingKeyPem) return AuditSigningKey.fromPem(config.audit.signingKeyPem);
  const path = resolve(config.dataDir, DEVELOPMENT_KEY_FILE);
  try {
    return AuditSigningKey.fromPem(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const pem = generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  mkdirSync(config.dataDir, { recursive: true });
  try {
    writeFileSync(path, pem, { flag: 'wx', mode: 0o600 });
    warn(
      `AUDIT_SIGNING_KEY is not set: checkpoints are signed with a development key generated into ${path}; set AUDIT_SIGNING_KEY in production`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return AuditSigningKey.fromPem(readFileSync(path, 'utf8'));
  }
  return AuditSigningKey.fromPem(pem);
}
