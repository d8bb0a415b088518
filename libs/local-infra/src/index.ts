export * from './embedded-postgres';
export * from './free-port';
export * from './infra-log';
export * from './temporal-cli';
export * from './temporal-cli-not-found.error';
export * from './temporal-dev-server';
export * from './wait-for-port';
