/** The two timestamps a duration is measured between, and which hours it counts when not every one. */
export interface Span {
  from: string;
  to: string;
  counting?: string;
}

/** "p50 · opened → acknowledged": which percentile, between which two moments. */
export function percentileLabel(percentile: number, span: Span): string {
  return `p${percentile} · ${spanLabel(span)}`;
}

/** "opened → acknowledged", or "opened → acknowledged, business hours" */
export function spanLabel(span: Span): string {
  const between = `${span.from} → ${span.to}`;
  return span.counting ? `${between}, ${span.counting}` : between;
}

/** A share in [0, 1] as a whole percentage, "–" when nothing was counted. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`;
}

/** "12 of 20" with the share, when there is a denominator. */
export function formatPart(part: number, whole: number): string {
  return whole === 0 ? `${part}` : `${part} of ${whole} (${formatShare(part / whole)})`;
}

/** The spans every figure of the report is measured over (libs/audit: elapsedMs of each event). */
export const SPANS = {
  acknowledge: { from: 'opened', to: 'acknowledged' },
  acknowledgeBusiness: { from: 'opened', to: 'acknowledged', counting: 'business hours' },
  resolve: { from: 'opened or reopened', to: 'first resolved' },
  // The resolve clock's own count (libs/audit ResolutionFigures): its pauses stand still.
  resolveBusiness: {
    from: 'opened or reopened',
    to: 'first resolved',
    counting: 'business hours less time paused',
  },
  paused: { from: 'paused', to: 'resumed', counting: 'summed per paused incident' },
  approval: { from: 'approval requested', to: 'decided' },
  promiseLateness: { from: 'promise due', to: 'kept' },
} as const satisfies Record<string, Span>;

/** What "business hours" in a label counts (libs/audit ConformanceFigures), for the notes under the figures. */
export const BUSINESS_HOURS_NOTE =
  'Business hours are the open hours of the site’s calendar: every hour at a site without one, and for incidents recorded before business clocks, so both figures of those are equal.';
