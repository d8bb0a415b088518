import { parseDuration } from '@recovery/domain/time/duration.util';
import { formatSpan } from './durations';

/** A policy's ISO-8601 duration as people say it ("PT15M" → "15 min"); as written when it does not parse. */
export function formatPolicyDuration(iso: string): string {
  const ms = parseDuration(iso);
  return ms === undefined ? iso : formatSpan(ms);
}
