import { jest } from '@jest/globals';
import { coalescedRefresh } from './coalesced-refresh';

describe('a refresh coalesced over a window', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A refresh that stays running until `finish` is called. */
  function controlledRefresh() {
    const finishers: (() => void)[] = [];
    const refresh = jest.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
    const finish = async () => {
      finishers.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    };
    return { refresh, finish };
  }

  it('runs once, a window after the first of many asks', () => {
    const { refresh } = controlledRefresh();
    const ask = coalescedRefresh(refresh, 250);
    for (let n = 0; n < 20; n += 1) ask();
    jest.advanceTimersByTime(249);
    expect(refresh).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('never runs twice at once: asks during a run start exactly one more after it', async () => {
    const { refresh, finish } = controlledRefresh();
    const ask = coalescedRefresh(refresh, 250);
    ask();
    jest.advanceTimersByTime(250);
    ask();
    ask();
    jest.advanceTimersByTime(1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    await finish();
    jest.advanceTimersByTime(250);
    expect(refresh).toHaveBeenCalledTimes(2);
    await finish();
    jest.advanceTimersByTime(1_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
