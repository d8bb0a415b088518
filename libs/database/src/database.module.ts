import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@recovery/config';
import { dataSourceOptions } from './data-source-options';

/** The application's TypeORM connection, configured from {@link AppConfig}. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.databaseUrl, 'recovery'),
        autoLoadEntities: true,
        retryAttempts: 2,
      }),
    }),
  ],
})
export class DatabaseModule {}
