import { type IsoTimestamp, toIsoTimestamp } from '../ids/ids';

/** A stretch of time [start, end) in UTC: open time of a calendar, or a pause of a clock. */
export interface TimeSegment {
  start: IsoTimestamp;
  end: IsoTimestamp;
}

/** A TimeSegment in epoch milliseconds, the engine's working form. */
export interface Span {
  start: number;
  end: number;
}

/** The epoch ms of an instant; RangeError when it does not parse. */
export function parseInstant(at: IsoTimestamp): number {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO-8601 instant: ${at}`);
  return ms;
}

/** A TimeSegment as a Span; RangeError when it ends before it starts. */
export function toSpan(segment: TimeSegment): Span {
  const span = { start: parseInstant(segment.start), end: parseInstant(segment.end) };
  if (span.end < span.start)
    throw new RangeError(`segment ends before it starts: ${segment.start}–${segment.end}`);
  return span;
}

/** A Span as a TimeSegment. */
export function toTimeSegment(span: Span): TimeSegment {
  return { start: toIsoTimestamp(span.start), end: toIsoTimestamp(span.end) };
}

/** Spans sorted by start, with those that overlap or touch joined into one; empty ones dropped. */
export function mergeSpans(spans: Iterable<Span>): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
