import { Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '@recovery/config';
import {
  encryptingDataConverter,
  PayloadEncryptionCodec,
  payloadEncryptionCodec,
} from './payload-encryption';
import { connectToTemporal } from './temporal-connection';

/** Closes the shared connection when Nest shuts down. */
@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(Connection) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

/**
 * Provides one Temporal {@link Client} (and its {@link Connection}) per process, its
 * payloads encrypted by the {@link PayloadEncryptionCodec} (also provided, for the codec endpoint).
 */
@Module({
  providers: [
    {
      provide: PayloadEncryptionCodec,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        payloadEncryptionCodec(config, (message) => new Logger('PayloadEncryption').warn(message)),
    },
    {
      provide: Connection,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => connectToTemporal(config.temporal.address),
    },
    {
      provide: Client,
      inject: [Connection, AppConfig, PayloadEncryptionCodec],
      useFactory: (connection: Connection, config: AppConfig, codec: PayloadEncryptionCodec) =>
        new Client({
          connection,
          namespace: config.temporal.namespace,
          dataConverter: encryptingDataConverter(codec),
        }),
    },
    TemporalConnectionCloser,
  ],
  exports: [Client, Connection, PayloadEncryptionCodec],
})
export class TemporalClientModule {}
