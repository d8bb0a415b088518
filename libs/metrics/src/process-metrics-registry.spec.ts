import { processMetricsRegistry } from './process-metrics-registry';

describe('processMetricsRegistry', () => {
  it('keeps per-type active handle gauges but no gauge named like a counter', async () => {
    const exposition = await processMetricsRegistry().metrics();
    const types = [...exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)];
    const misnamed = types.filter(
      ([, name, type]) => name.endsWith('_total') && type !== 'counter',
    );
    expect(misnamed.map(([, name]) => name)).toEqual([]);
    expect(exposition).toMatch(/^# TYPE nodejs_active_handles gauge$/m);
    expect(exposition).toMatch(/^# TYPE process_cpu_seconds_total counter$/m);
  });
});
