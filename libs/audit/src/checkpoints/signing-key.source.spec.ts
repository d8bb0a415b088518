import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditSigningKey, verifySignature } from './audit-signing-key';
import { DEVELOPMENT_KEY_FILE, loadAuditSigningKey } from './signing-key.source';

const pkcs8 = (keys: { privateKey: KeyObject }) =>
  keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ed25519Pem = () => pkcs8(generateKeyPairSync('ed25519'));

describe('the audit signing key', () => {
  it('is generated into DATA_DIR on first start, with a warning, and the same key afterwards', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-key-'));
    const warnings: string[] = [];
    const config = { audit: { checkpointIntervalMs: 1 }, dataDir };
    const first = loadAuditSigningKey(config, (message) => warnings.push(message));
    const second = loadAuditSigningKey(config, (message) => warnings.push(message));
    expect(second.keyId).toBe(first.keyId);
    expect(warnings).toEqual([expect.stringContaining('development key')]);
    expect(statSync(join(dataDir, DEVELOPMENT_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('is the configured one when AUDIT_SIGNING_KEY is set', () => {
    const pem = ed25519Pem();
    const config = {
      audit: { signingKeyPem: pem, checkpointIntervalMs: 1 },
      dataDir: '/nonexistent',
    };
    expect(loadAuditSigningKey(config, () => undefined).keyId).toBe(
      AuditSigningKey.fromPem(pem).keyId,
    );
  });

  it('signs what its public JWK verifies, and nothing else', () => {
    const key = AuditSigningKey.fromPem(ed25519Pem());
    const statement = Buffer.from('{"checkpointId":"c1"}');
    const signature = key.sign(statement);
    expect(verifySignature(key.publicJwk, statement, signature)).toBe(true);
    expect(verifySignature(key.publicJwk, Buffer.from('{"checkpointId":"c2"}'), signature)).toBe(
      false,
    );
    const other = AuditSigningKey.fromPem(ed25519Pem());
    expect(verifySignature(other.publicJwk, statement, signature)).toBe(false);
    expect(verifySignature(key.publicJwk, statement, 'not-a-signature')).toBe(false);
    expect(key.publicJwk).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      alg: 'EdDSA',
      kid: key.keyId,
    });
  });

  it('refuses a key that is not Ed25519', () => {
    expect(() =>
      AuditSigningKey.fromPem(pkcs8(generateKeyPairSync('rsa', { modulusLength: 2048 }))),
    ).toThrow(/Ed25519/);
  });
});
