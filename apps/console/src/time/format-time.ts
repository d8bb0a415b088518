import { formatSpan } from './durations';

/** How the console shows a moment: in the site's zone, the viewer's own, or relative to now. */
export type TimeDisplay = 'site' | 'local' | 'relative';

/**
 * A moment for people. Site and local times name their zone ("14:05 CET"),
 * since a site and its agent need not share one; relative times say "5 min ago".
 */
export function formatInstant(
  iso: string,
  display: TimeDisplay,
  options: { siteTimeZone: string; now: number; locale?: string },
): string {
  const instant = Date.parse(iso);
  if (display === 'relative') {
    const delta = instant - options.now;
    return delta >= 0 ? `in ${formatSpan(delta)}` : `${formatSpan(delta)} ago`;
  }
  const timeZone = display === 'site' ? options.siteTimeZone : undefined;
  return new Intl.DateTimeFormat(options.locale ?? 'en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(instant);
}
