/** The work did not settle in the time it was given. */
export class DeadlinePassed extends Error {
  constructor(ms: number) {
    super(`not settled within ${ms} ms`);
    this.name = 'DeadlinePassed';
  }
}

/**
 * Settles as `work` does if it settles within `ms`, else rejects with DeadlinePassed.
 * A hard bound where a client's own deadline is only advisory: Temporal's client
 * retries an unreachable server with growing pauses and checks its deadline only
 * between tries (measured: a 10 s deadline answered after 14 s). The work itself
 * goes on; its late outcome is dropped.
 */
export async function settleWithin<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlinePassed(ms)), ms);
  });
  work.catch(() => undefined); // a failure after the deadline is nobody's to handle
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
