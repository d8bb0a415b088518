import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEVELOPMENT_KEY_FILE, loadPayloadKeyRing } from './payload-key-ring.source';

const temporal = { address: 'localhost:7233', namespace: 'default', taskQueue: 'q' };
const config = (dataDir: string, payloadEncryptionKeys?: { id: string; key: Buffer }[]) => ({
  temporal: { ...temporal, commandTimeoutMs: 1, codecCorsOrigins: [], payloadEncryptionKeys },
  dataDir,
});

describe('the payload key ring', () => {
  it('is generated into DATA_DIR on first start, with a warning, and the same key afterwards', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'payload-keys-'));
    const warnings: string[] = [];
    const first = loadPayloadKeyRing(config(dataDir), (message) => warnings.push(message));
    const second = loadPayloadKeyRing(config(dataDir), (message) => warnings.push(message));
    expect(first.encryptingKeyId).toBe('development');
    expect(second.encryptingKey().equals(first.encryptingKey())).toBe(true);
    expect(warnings).toEqual([expect.stringContaining('PAYLOAD_ENCRYPTION_KEYS is not set')]);
    const path = join(dataDir, DEVELOPMENT_KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^development:[A-Za-z0-9+/]{43}=$/);
  });

  it('is the configured keys when PAYLOAD_ENCRYPTION_KEYS is set, the first encrypting', () => {
    const keys = [
      { id: 'new', key: randomBytes(32) },
      { id: 'old', key: randomBytes(32) },
    ];
    const ring = loadPayloadKeyRing(config('/nonexistent', keys), () => undefined);
    expect(ring.encryptingKeyId).toBe('new');
    expect(ring.key('old').equals(keys[1].key)).toBe(true);
  });
});
