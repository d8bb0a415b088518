import { formatSpan } from '../../time/durations';

const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** A policy's ISO-8601 duration as people say it ("PT15M" → "15 min"), or as written when it does not parse. */
export function policySpan(iso: string): string {
  const match = ISO_DURATION.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return iso;
  const [days = 0, hours = 0, minutes = 0, seconds = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  return formatSpan((((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000);
}
