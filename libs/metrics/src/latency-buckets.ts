/**
 * Histogram buckets (seconds) for request and command latency. They reach 30 s: a
 * command waits up to COMMAND_TIMEOUT_MS (10 s by default) before its 503, so its
 * time-outs must land in buckets of their own, not in +Inf beside 5 s (issue 13).
 */
export const LATENCY_BUCKETS_SECONDS: readonly number[] = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30,
];
