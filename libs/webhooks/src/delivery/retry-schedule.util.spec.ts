import { decideRetry, retryDelayMs } from './retry-schedule.util';

const noJitter = () => 0.5;
const HOUR = 3_600_000;

describe('retry schedule', () => {
  it('doubles from one second and stops growing at an hour', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, noJitter))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000,
    ]);
    expect(retryDelayMs(13, noJitter)).toBe(HOUR);
    expect(retryDelayMs(40, noJitter)).toBe(HOUR);
  });

  it('jitters within ±20 %', () => {
    expect(retryDelayMs(3, () => 0)).toBe(3_200);
    expect(retryDelayMs(3, () => 1)).toBe(4_800);
  });

  it('retries within the window and gives up beyond it', () => {
    const retryingSince = new Date('2026-12-01T00:00:00Z');
    const at = (hours: number) => new Date(retryingSince.getTime() + hours * HOUR);
    const window = 24 * HOUR;
    expect(
      decideRetry({
        failedAttempts: 20,
        retryingSince,
        now: at(22),
        windowMs: window,
        random: noJitter,
      }),
    ).toEqual({ kind: 'retry', at: at(23) });
    expect(
      decideRetry({
        failedAttempts: 20,
        retryingSince,
        now: at(23.5),
        windowMs: window,
        random: noJitter,
      }),
    ).toEqual({ kind: 'give_up' });
  });

  it('misses nothing of a receiver down for five minutes: an attempt falls after it comes back', () => {
    let elapsed = 0;
    let failures = 0;
    while (elapsed < 5 * 60_000) elapsed += retryDelayMs(++failures, () => 1);
    expect(elapsed).toBeLessThan(15 * 60_000);
  });
});
