export * from './app-config';
export * from './app-config.module';
export * from './environment-variables';
export * from './invalid-configuration.error';
export * from './validate-environment';
export * from './site-time-zones';
export * from './development-secret-file.util';
export * from './payload-encryption-keys';
