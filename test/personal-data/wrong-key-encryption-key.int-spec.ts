import { randomBytes } from 'node:crypto';
import {
  CustomerKeysRepository,
  KeyEncryptionKey,
  personalDataMigrations,
  WrongKeyEncryptionKeyError,
} from '@recovery/personal-data';
import { openScratchDataSource, type ScratchDataSource } from '../support/test-database';

/**
 * Apps started with another PERSONAL_DATA_KEY than the one the database's customer
 * keys were wrapped with refuse to start, naming the setting, instead of failing
 * every read. On a database of its own: other files store keys under keys of theirs.
 */
describe('a PERSONAL_DATA_KEY that does not open the stored customer keys', () => {
  let scratch: ScratchDataSource;
  const original = new KeyEncryptionKey(randomBytes(32));

  beforeAll(async () => {
    scratch = await openScratchDataSource('wrong_kek', personalDataMigrations);
  });
  afterAll(() => scratch?.close());

  const keysUnder = (kek: KeyEncryptionKey) => new CustomerKeysRepository(scratch.dataSource, kek);

  it('is accepted while no customer has a key, and afterwards only if it is the original', async () => {
    const stranger = keysUnder(new KeyEncryptionKey(randomBytes(32)));
    await expect(stranger.assertOpensStoredKeys()).resolves.toBeUndefined();

    const { keyId } = await keysUnder(original).keyFor('C-2001');
    await expect(keysUnder(original).assertOpensStoredKeys()).resolves.toBeUndefined();
    const refusal = stranger.assertOpensStoredKeys();
    await expect(refusal).rejects.toThrow(WrongKeyEncryptionKeyError);
    await expect(refusal).rejects.toThrow(
      `PERSONAL_DATA_KEY does not open the customer data keys in this database (key ${keyId})`,
    );
  });

  it('names the setting, not a cipher error, when a key is read under it', async () => {
    const { keyId } = await keysUnder(original).keyFor('C-2002');
    const stranger = keysUnder(new KeyEncryptionKey(randomBytes(32)));
    await expect(stranger.existing([keyId])).rejects.toThrow(WrongKeyEncryptionKeyError);
  });
});
