export * from './temporal-runtime-metrics';
export * from './worker-metrics.module';
export * from './worker-metrics.server';
export * from './worker-metrics.service';
