export { median } from '../events/bench-stats';

/** The q-th quantile (0–1) of values sorted ascending; 0 for none. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Ascending copy, for quantile. */
export function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
