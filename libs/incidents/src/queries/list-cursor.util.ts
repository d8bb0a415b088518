import { isUuid } from '@recovery/domain';
import { InvalidCursor } from '../incident-not-found.error';

/** Orders of the incident list. */
export const LIST_SORTS = ['newest', 'nearestBreach'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/**
 * Position after the last row of a page, tagged with the order it belongs to:
 * newest first by (openedAt, id), or nearest breach first by (nextDeadline, id) with
 * the incidents that run no clock (nextDeadline null) last.
 */
export type ListCursor =
  | { sort: 'newest'; openedAt: string; id: string }
  | { sort: 'nearestBreach'; nextDeadline: string | null; id: string };

/** Opaque cursor text (base64url JSON of [sort, key, id]). */
export function encodeCursor(cursor: ListCursor): string {
  const key = cursor.sort === 'newest' ? cursor.openedAt : cursor.nextDeadline;
  return Buffer.from(JSON.stringify([cursor.sort, key, cursor.id])).toString('base64url');
}

/**
 * The cursor a previous page of the same order handed out; InvalidCursor for anything
 * else, a cursor of the other order included (its key would be compared with the
 * wrong column and silently skip rows).
 */
export function decodeCursor(text: string, sort: ListSort): ListCursor {
  const cursor = parse(text);
  if (cursor?.sort !== sort) throw new InvalidCursor();
  return cursor;
}

function parse(text: string): ListCursor | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined; // malformed base64 or JSON is the same mistake as a wrong shape
  }
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return undefined;
  // Cursors handed out before the list had a sort were [openedAt, id]: still newest first.
  const parts: unknown[] = value.length === 2 ? ['newest', ...(value as unknown[])] : value;
  const [sort, key, id] = parts;
  if (typeof id !== 'string' || !isUuid(id)) return undefined;
  if (sort === 'newest' && isTimestamp(key)) return { sort, openedAt: key, id };
  if (sort === 'nearestBreach' && (key === null || isTimestamp(key))) {
    return { sort, nextDeadline: key, id };
  }
  return undefined;
}

// Only what encodeCursor writes (toISOString): anything looser could parse here and
// still fail as ::timestamptz in PostgreSQL, a 500 instead of a 400.
const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString() === value;
