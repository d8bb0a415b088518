/** Maps values in [0, max] onto a pixel span, with round tick values to label the axis. */
export interface ValueScale {
  max: number;
  ticks: number[];
  /** Pixels from the axis (0 at the value 0, `span` at `max`). */
  toPixels: (value: number) => number;
}

/** How a value axis is divided: tick steps (durations, shares; 1-2-5 by default), about how many ticks, and a value it reaches at least. */
export interface AxisOptions {
  tickCount?: number;
  steps?: readonly number[];
  /** Keeps a bounded measure's whole range in view (shares up to 100 %, levels up to 5). */
  upTo?: number;
  /** The smallest tick step: 1 for counts, so no axis reads "0.5 complaints". */
  minStep?: number;
}

/**
 * The axis for values from 0 to the largest of `values`: the top rounded up to a
 * "nice" step (1, 2 or 5 × 10ⁿ, or a whole span unit for durations) so the ticks
 * read as people count. Empty or all-zero data still gets an axis (0 to 1).
 */
export function valueScale(
  values: readonly (number | null)[],
  span: number,
  options: AxisOptions = {},
): ValueScale {
  const largest = Math.max(
    0,
    options.upTo ?? 0,
    ...values.filter((value): value is number => value !== null),
  );
  const step = Math.max(
    options.minStep ?? 0,
    niceStep(largest / (options.tickCount ?? 4), options.steps),
  );
  const max = Math.max(step, Math.ceil(largest / step) * step);
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, index) => index * step);
  return { max, ticks, toPixels: (value) => (value / max) * span };
}

/** The smallest of `steps` (or 1, 2, 5 × 10ⁿ) at or above `raw`. */
export function niceStep(raw: number, steps?: readonly number[]): number {
  if (!(raw > 0)) return steps?.[0] ?? 1;
  if (steps)
    return (
      steps.find((step) => step >= raw) ??
      steps[steps.length - 1] * Math.ceil(raw / steps[steps.length - 1])
    );
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const multiple = [1, 2, 5, 10].find((each) => each * magnitude >= raw * (1 - 1e-9))!;
  return multiple * magnitude;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Tick steps for durations: whole seconds, minutes, hours and days, not 20,000 ms. */
export const DURATION_STEPS: readonly number[] = [
  SECOND,
  5 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
];

/** Tick steps for shares in [0, 1]: tenths and quarters. */
export const SHARE_STEPS: readonly number[] = [0.1, 0.25, 0.5, 1];
