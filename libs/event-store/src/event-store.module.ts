import {
  type DynamicModule,
  type InjectionToken,
  Module,
  type ModuleMetadata,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventStore, type EventStoreOptions } from './event-store.service';

export interface EventStoreModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...deps: never[]) => EventStoreOptions | Promise<EventStoreOptions>;
}

/** Provides EventStore on the DataSource registered by TypeOrmModule; the store itself is plain TS. */
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreOptions = {}): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EventStore,
          inject: [getDataSourceToken()],
          useFactory: (ds: DataSource) => new EventStore(ds, options),
        },
      ],
      exports: [EventStore],
    };
  }

  /** For inline projections or upcasters that need injected dependencies. */
  static forRootAsync(options: EventStoreModuleAsyncOptions): DynamicModule {
    return {
      module: EventStoreModule,
      imports: options.imports ?? [],
      providers: [
        {
          provide: EVENT_STORE_OPTIONS,
          inject: options.inject ?? [],
          useFactory: options.useFactory,
        },
        {
          provide: EventStore,
          inject: [getDataSourceToken(), EVENT_STORE_OPTIONS],
          useFactory: (ds: DataSource, storeOptions: EventStoreOptions) =>
            new EventStore(ds, storeOptions),
        },
      ],
      exports: [EventStore],
    };
  }
}

// A symbol, not a string: no accidental collision with another module's token.
const EVENT_STORE_OPTIONS = Symbol('EVENT_STORE_OPTIONS');
