export * from './temporal-client.module';
export * from './temporal-connection';
export * from './temporal-unreachable.error';
export * from './workflow-bundler-options';
export * from './workflow-code-source';
export * from './payload-encryption';
