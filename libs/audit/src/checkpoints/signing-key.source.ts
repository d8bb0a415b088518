import { generateKeyPairSync } from 'node:crypto';
import { type AppConfig, loadDevelopmentSecret } from '@recovery/config';
import { AuditSigningKey } from './audit-signing-key';

export const DEVELOPMENT_KEY_FILE = 'audit-signing-key.pem';

/**
 * The configured signing key (AUDIT_SIGNING_KEY), else — outside production, where the
 * configuration refuses to start without one — a development key kept in DATA_DIR,
 * generated on first start and shared by the API and the worker.
 */
export function loadAuditSigningKey(
  config: Pick<AppConfig, 'audit' | 'dataDir'>,
  warn: (message: string) => void,
): AuditSigningKey {
  if (config.audit.signingKeyPem) return AuditSigningKey.fromPem(config.audit.signingKeyPem);
  const pem = loadDevelopmentSecret({
    dataDir: config.dataDir,
    fileName: DEVELOPMENT_KEY_FILE,
    setting: 'AUDIT_SIGNING_KEY',
    warn,
    generate: () =>
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  });
  return AuditSigningKey.fromPem(pem);
}
