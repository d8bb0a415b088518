import { randomBytes, randomUUID } from 'node:crypto';
import { KeyEncryptionKey } from './key-encryption-key';

describe('the key-encryption key', () => {
  const kek = new KeyEncryptionKey(randomBytes(32));

  it('looks a customer up by a keyed hash of their reference, in any case and spacing', () => {
    expect(kek.lookupHash(' C-1001 ')).toEqual(kek.lookupHash('c-1001'));
    expect(kek.lookupHash('C-1001')).not.toEqual(kek.lookupHash('C-1002'));
    // Keyed: another deployment's hash of the same reference differs.
    expect(new KeyEncryptionKey(randomBytes(32)).lookupHash('C-1001')).not.toEqual(
      kek.lookupHash('C-1001'),
    );
  });

  it('unwraps the data keys it wrapped, bound to their key id', () => {
    const keyId = randomUUID();
    const { dataKey, wrappedKey } = kek.newDataKey(keyId);
    expect(wrappedKey.includes(dataKey)).toBe(false);
    expect(kek.unwrap(keyId, wrappedKey)).toEqual(dataKey);
    expect(() => kek.unwrap(randomUUID(), wrappedKey)).toThrow();
    expect(() => new KeyEncryptionKey(randomBytes(32)).unwrap(keyId, wrappedKey)).toThrow();
  });

  it('refuses a secret that is not 32 bytes', () => {
    expect(() => new KeyEncryptionKey(randomBytes(16))).toThrow(/32 bytes/);
  });
});
