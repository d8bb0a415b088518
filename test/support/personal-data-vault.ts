import { randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { KeyEncryptionKey, PersonalDataVault } from '@recovery/personal-data';

/** A vault over `dataSource` under a key of its own, for tests that build services by hand. */
export function personalDataVault(dataSource: DataSource): PersonalDataVault {
  return PersonalDataVault.over(dataSource, new KeyEncryptionKey(randomBytes(32)));
}
