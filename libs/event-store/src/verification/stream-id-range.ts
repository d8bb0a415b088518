import { escapeLiteral } from 'pg';

/**
 * The streams whose id is at or after `from` and before `to` (null: unbounded), compared
 * in the column's own collation: the order of its index, and of every walk of the chains.
 */
export interface StreamIdRange {
  from: string | null;
  to: string | null;
}

/** The ranges between sorted, distinct boundaries: together they cover every stream id once. */
export function rangesBetween(boundaries: readonly string[]): StreamIdRange[] {
  const edges = [null, ...boundaries, null];
  return edges.slice(1).map((to, i) => ({ from: edges[i], to }));
}

/** The range as a condition on `e.stream_id`, with literals (COPY takes no bind parameters). */
export function rangeCondition(range: StreamIdRange): string {
  const bounds = [
    range.from === null ? null : `e.stream_id >= ${escapeLiteral(range.from)}`,
    range.to === null ? null : `e.stream_id < ${escapeLiteral(range.to)}`,
  ].filter((bound) => bound !== null);
  return bounds.length === 0 ? 'TRUE' : bounds.join(' AND ');
}
