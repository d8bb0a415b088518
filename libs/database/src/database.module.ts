import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@recovery/config';
import { dataSourceOptions } from './data-source-options';
import { DatabaseUnreachableError } from './database-unreachable.error';

/** The application's TypeORM connection, configured from {@link AppConfig}. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.databaseUrl, 'recovery'),
        autoLoadEntities: true,
        // Boot fails at once with our own error, which names the (redacted) URL.
        retryAttempts: 0,
      }),
      dataSourceFactory: async (options) => {
        const dataSource = new DataSource(options!);
        return dataSource.initialize().catch((error: unknown) => {
          throw new DatabaseUnreachableError(String((options as { url?: string }).url), error);
        });
      },
    }),
  ],
})
export class DatabaseModule {}
