export * from './latency-buckets';
export * from './process-metrics-registry';
