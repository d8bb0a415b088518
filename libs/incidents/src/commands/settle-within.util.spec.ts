import { DeadlinePassed, settleWithin } from './settle-within.util';

const after = <T>(ms: number, value: T): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('settleWithin', () => {
  it('settles as the work does when it is in time', async () => {
    await expect(settleWithin(after(5, 'done'), 1000)).resolves.toBe('done');
    await expect(settleWithin(Promise.reject(new Error('refused')), 1000)).rejects.toThrow(
      'refused',
    );
  });

  it('rejects with DeadlinePassed when the work takes longer, and ignores its late failure', async () => {
    const late = after(200, undefined).then(() => {
      throw new Error('too late to matter');
    });
    const started = Date.now();
    await expect(settleWithin(late, 20)).rejects.toBeInstanceOf(DeadlinePassed);
    expect(Date.now() - started).toBeLessThan(200);
    await after(250, undefined); // the late failure must not surface as an unhandled rejection
  });
});
