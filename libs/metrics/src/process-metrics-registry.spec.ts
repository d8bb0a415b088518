import { processMetricsRegistry } from './process-metrics-registry';

describe('processMetricsRegistry', () => {
  it('keeps per-type active handle gauges but no gauge named like a counter', async () => {
    const registry = processMetricsRegistry();
    const metrics = await registry.getMetricsAsJSON();
    const misnamed = metrics.filter((m) => m.type !== 'counter' && m.name.endsWith('_total'));
    expect(misnamed.map((m) => m.name)).toEqual([]);
    expect(metrics.map((m) => m.name)).toEqual(
      expect.arrayContaining(['nodejs_active_handles', 'process_cpu_seconds_total']),
    );
  });
});
