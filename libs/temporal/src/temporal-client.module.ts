import { Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '@recovery/config';
import { connectToTemporal } from './temporal-connection';

/** Closes the shared connection when Nest shuts down. */
@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(Connection) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

/** Provides one Temporal {@link Client} (and its {@link Connection}) per process. */
@Module({
  providers: [
    {
      provide: Connection,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => connectToTemporal(config.temporal.address),
    },
    {
      provide: Client,
      inject: [Connection, AppConfig],
      useFactory: (connection: Connection, config: AppConfig) =>
        new Client({ connection, namespace: config.temporal.namespace }),
    },
    TemporalConnectionCloser,
  ],
  exports: [Client, Connection],
})
export class TemporalClientModule {}
