export * from './process-metrics-registry';
