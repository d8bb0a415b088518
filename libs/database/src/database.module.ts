import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@recovery/config';
import { DEFAULT_CONNECT_TIMEOUT_MS, dataSourceOptions } from './data-source-options';
import { historyRewritingPrivilege } from './connection-privileges.util';
import { initializeAtBoot } from './initialize-at-boot';

/** The application's TypeORM connection, configured from {@link AppConfig}. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.databaseUrl, 'recovery', connectTimeoutMs(config)),
        autoLoadEntities: true,
        // initializeAtBoot fails with our own error, which names the (redacted) URL.
        retryAttempts: 0,
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await initializeAtBoot(options!);
        await warnOfHistoryRewritingPrivilege(dataSource);
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}

/** Says so at boot when DATABASE_URL's role could change history: it still works, unsafely. */
async function warnOfHistoryRewritingPrivilege(dataSource: DataSource): Promise<void> {
  const privilege = await historyRewritingPrivilege(dataSource);
  if (privilege)
    new Logger('Database').warn(
      `DATABASE_URL's role ${privilege}: it could disable the append-only triggers and rewrite history; connect as recovery_app (README, "Database roles")`,
    );
}

// During an outage a request waits at most twice for a connection after PostgreSQL
// stops answering (the failing statement, then the idempotency key's release), so half
// the command deadline keeps its 503 within COMMAND_TIMEOUT_MS (issue 10, item 9).
function connectTimeoutMs(config: AppConfig): number {
  return Math.min(DEFAULT_CONNECT_TIMEOUT_MS, Math.ceil(config.temporal.commandTimeoutMs / 2));
}
