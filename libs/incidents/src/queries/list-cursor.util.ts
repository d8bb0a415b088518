import { InvalidCursor } from '../incident-not-found.error';

/** Position after the last row of a page: newest first by (openedAt, id). */
export interface ListCursor {
  openedAt: string;
  id: string;
}

/** Opaque cursor text (base64url JSON). */
export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.openedAt, cursor.id])).toString('base64url');
}

/** The cursor a previous page handed out; InvalidCursor for anything else. */
export function decodeCursor(text: string): ListCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [openedAt, id] = value as unknown[];
      if (
        typeof openedAt === 'string' &&
        !Number.isNaN(Date.parse(openedAt)) &&
        typeof id === 'string' &&
        UUID.test(id)
      ) {
        return { openedAt, id };
      }
    }
  } catch {
    // fall through: malformed base64 or JSON is the same mistake as a wrong shape
  }
  throw new InvalidCursor();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
