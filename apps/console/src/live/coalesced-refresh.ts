/**
 * `refresh` run at most once per `windowMs`, never twice at once: the returned
 * function asks for a run; asks within the window join it, and asks while it runs
 * start one more after it (what they announce may have missed the running one).
 * So a burst of events costs a few refetches instead of one each, and a refetch
 * is never cancelled by the next event (which, in a storm, would never finish).
 * `refresh` must not reject: invalidateQueries records a failure on its queries.
 */
export function coalescedRefresh(refresh: () => Promise<unknown>, windowMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let askedWhileRunning = false;
  const schedule = () => {
    timer ??= setTimeout(() => void run(), windowMs);
  };
  const run = async () => {
    timer = undefined;
    running = true;
    try {
      await refresh();
    } finally {
      running = false;
      if (askedWhileRunning) {
        askedWhileRunning = false;
        schedule();
      }
    }
  };
  return () => {
    if (running) askedWhileRunning = true;
    else schedule();
  };
}
