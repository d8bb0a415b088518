import { randomBytes } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { toAppConfig, validateEnvironment } from '@recovery/config';
import { KeyEncryptionKey, loadKeyEncryptionKey, PersonalDataVault } from '@recovery/personal-data';

/** A vault over `dataSource` under a key of its own, for tests that build services by hand. */
export function personalDataVault(dataSource: DataSource): PersonalDataVault {
  return PersonalDataVault.over(dataSource, new KeyEncryptionKey(randomBytes(32)));
}

/**
 * The vault the apps build from this environment: PERSONAL_DATA_KEY, else DATA_DIR's
 * development key, which the apps of the run (spawned ones too) share. A test reads
 * what they sealed through it.
 */
export function appsPersonalDataVault(dataSource: DataSource): PersonalDataVault {
  const config = toAppConfig(validateEnvironment(process.env));
  return PersonalDataVault.over(
    dataSource,
    loadKeyEncryptionKey(config, () => undefined),
  );
}
