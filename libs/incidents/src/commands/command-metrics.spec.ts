import { Registry } from 'prom-client';
import { DependencyUnavailable, IncidentNotOpen } from '@recovery/domain';
import { CommandMetrics } from './command-metrics';
import { CommandNotTaken } from './command-not-taken.error';
import { CommandFailed } from './temporal-rejection.util';

/** The metrics as an app's registry serves them. */
function exposition(metrics: CommandMetrics): Promise<string> {
  const registry = new Registry();
  for (const metric of metrics.metrics) registry.registerMetric(metric);
  return registry.metrics();
}

describe('CommandMetrics', () => {
  it('counts each outcome of a command by what its call answered or threw', async () => {
    const metrics = new CommandMetrics();
    await metrics.observe('resolve', () => Promise.resolve('ok'));
    const thrown = [
      new CommandNotTaken('resolve', 'i-1', 10_000, 5),
      new IncidentNotOpen('i-1', 'closed', 'resolve'),
      new DependencyUnavailable('temporal'),
      new CommandFailed('resolve', 'a bug'),
      new TypeError('not a domain error'),
    ];
    for (const error of thrown) {
      await expect(metrics.observe('resolve', () => Promise.reject(error))).rejects.toBe(error);
    }
    const text = await exposition(metrics);
    for (const [outcome, count] of [
      ['taken', 1],
      ['timed_out', 1],
      ['refused', 1],
      ['unavailable', 1],
      ['failed', 2],
    ]) {
      expect(text).toContain(
        `recovery_commands_total{command="resolve",outcome="${outcome}"} ${count}`,
      );
    }
  });

  it('times every command in buckets reaching 30 s, past the 10 s command timeout', async () => {
    const metrics = new CommandMetrics();
    await metrics.observe('acknowledge', () => Promise.resolve());
    const text = await exposition(metrics);
    expect(text).toContain(
      'recovery_command_duration_seconds_bucket{le="10",command="acknowledge"} 1',
    );
    expect(text).toContain(
      'recovery_command_duration_seconds_bucket{le="30",command="acknowledge"} 1',
    );
    expect(text).toContain('recovery_command_duration_seconds_count{command="acknowledge"} 1');
  });
});
