import { type IsoTimestamp, toIsoTimestamp } from '../ids/ids';

/** An ISO-8601 duration as written in a policy ("PT90S", "P1D"). */
export type IsoDuration = string & { readonly __brand: 'IsoDuration' };
/** A duration in milliseconds. */
export type Milliseconds = number;

// P[n]W or P[n]Y[n]M[n]W[n]DT[n]H[n]M[n]S; years and months are refused because
// their length depends on the calendar, and SLA arithmetic must be exact.
const DURATION =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const UNIT_MS = [7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000] as const;

/** Parses an ISO-8601 duration (weeks, days, hours, minutes, fractional seconds) to ms; undefined when invalid. */
export function parseDuration(text: string): Milliseconds | undefined {
  const match = DURATION.exec(text);
  if (match === null || text === 'P' || text.endsWith('T')) return undefined;
  const parts = match.slice(1);
  if (parts.every((part) => part === undefined)) return undefined;
  let total = 0;
  parts.forEach((part, index) => {
    if (part !== undefined) total += Number(part) * UNIT_MS[index];
  });
  return Math.round(total);
}

/** Parses a duration that has already been validated; throws RangeError otherwise. */
export function durationMs(text: string): Milliseconds {
  const ms = parseDuration(text);
  if (ms === undefined) throw new RangeError(`not an ISO-8601 duration: ${text}`);
  return ms;
}

/** True when the string is a valid ISO-8601 duration this domain accepts. */
export function isIsoDuration(text: unknown): text is IsoDuration {
  return typeof text === 'string' && parseDuration(text) !== undefined;
}

/** The instant `duration` after `from`. */
export function addDuration(
  from: IsoTimestamp | string | Date | number,
  duration: string | Milliseconds,
): IsoTimestamp {
  const start = typeof from === 'string' ? Date.parse(from) : new Date(from).getTime();
  const ms = typeof duration === 'number' ? duration : durationMs(duration);
  return toIsoTimestamp(start + ms);
}

/** Milliseconds from `from` to `to` (negative when `to` is earlier). */
export function elapsedMs(from: IsoTimestamp | string, to: IsoTimestamp | string): Milliseconds {
  return Date.parse(to) - Date.parse(from);
}

/** Milliseconds until `deadline` as seen at `now`, never negative (a timer length). */
export function msUntil(deadline: IsoTimestamp | string, now: number): Milliseconds {
  return Math.max(0, Date.parse(deadline) - now);
}

/** True when the string parses as an ISO-8601 timestamp. */
export function isIsoTimestamp(value: unknown): value is IsoTimestamp {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
