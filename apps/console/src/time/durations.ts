const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A span as people say it at a glance: "45 s", "4 min", "2 h 5 min", "3 d 4 h".
 * Two units at most; the smaller one is dropped when it is zero.
 */
export function formatSpan(ms: number): string {
  const span = Math.abs(ms);
  if (span < MINUTE) return `${Math.floor(span / 1000)} s`;
  if (span < HOUR) return `${Math.floor(span / MINUTE)} min`;
  if (span < DAY) return twoUnits(span, HOUR, 'h', MINUTE, 'min');
  return twoUnits(span, DAY, 'd', HOUR, 'h');
}

function twoUnits(
  span: number,
  big: number,
  bigName: string,
  small: number,
  smallName: string,
): string {
  const whole = Math.floor(span / big);
  const rest = Math.floor((span - whole * big) / small);
  return rest === 0 ? `${whole} ${bigName}` : `${whole} ${bigName} ${rest} ${smallName}`;
}
