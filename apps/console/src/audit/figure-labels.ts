/** The two timestamps a duration is measured between. */
export interface Span {
  from: string;
  to: string;
}

/** "p50 · opened → acknowledged": which percentile, between which two moments. */
export function percentileLabel(percentile: number, span: Span): string {
  return `p${percentile} · ${spanLabel(span)}`;
}

/** "opened → acknowledged" */
export function spanLabel(span: Span): string {
  return `${span.from} → ${span.to}`;
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
  resolve: { from: 'opened or reopened', to: 'first resolved' },
  approval: { from: 'approval requested', to: 'decided' },
  promiseLateness: { from: 'promise due', to: 'kept' },
} as const satisfies Record<string, Span>;
