export { PersonalDataModule } from './personal-data.module';
export { PersonalDataVault } from './sealing/personal-data-vault.service';
export { type Sealer, sealerUnder } from './sealing/text-sealing.util';
export { CustomerKeysRepository } from './keys/customer-keys.repository';
export { KeyEncryptionKey } from './keys/key-encryption-key';
export { WrongKeyEncryptionKeyError } from './keys/wrong-key-encryption-key.error';
export { loadKeyEncryptionKey } from './keys/key-encryption-key.source';
export { personalDataMigrations } from './migrations';
