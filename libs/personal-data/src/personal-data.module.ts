import { Logger, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { AppConfig } from '@recovery/config';
import { KeyEncryptionKey } from './keys/key-encryption-key';
import { loadKeyEncryptionKey } from './keys/key-encryption-key.source';
import { CustomerKeysRepository } from './keys/customer-keys.repository';
import { PersonalDataVault } from './sealing/personal-data-vault.service';

/**
 * Sealing, revealing and destroying customers' personal data keys, on the
 * application's DataSource (DatabaseModule) with AppConfig (global).
 */
@Module({
  providers: [
    {
      provide: KeyEncryptionKey,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        loadKeyEncryptionKey(config, (message) => new Logger('PersonalData').warn(message)),
    },
    {
      provide: CustomerKeysRepository,
      inject: [getDataSourceToken(), KeyEncryptionKey],
      useFactory: async (ds: DataSource, kek: KeyEncryptionKey) => {
        const repository = new CustomerKeysRepository(ds, kek);
        await repository.assertOpensStoredKeys();
        return repository;
      },
    },
    PersonalDataVault,
  ],
  exports: [PersonalDataVault],
})
export class PersonalDataModule {}
