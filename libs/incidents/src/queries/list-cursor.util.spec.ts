import { InvalidCursor } from '../incident-not-found.error';
import { decodeCursor, encodeCursor, type ListCursor } from './list-cursor.util';

const ID = '0b0e7a5e-9a8f-4c4e-8d6f-2d1f0c1b2a3c';
const text = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('list cursor', () => {
  it.each<ListCursor>([
    { sort: 'newest', openedAt: '2026-01-01T10:00:00.000Z', id: ID },
    { sort: 'nearestBreach', nextDeadline: '2026-01-01T10:10:00.000Z', id: ID },
    { sort: 'nearestBreach', nextDeadline: null, id: ID },
  ])('round-trips a position of its own order: %p', (cursor) => {
    expect(decodeCursor(encodeCursor(cursor), cursor.sort)).toEqual(cursor);
  });

  it('still reads a newest-first cursor handed out before the list had a sort', () => {
    expect(decodeCursor(text(['2026-01-01T10:00:00.000Z', ID]), 'newest')).toEqual({
      sort: 'newest',
      openedAt: '2026-01-01T10:00:00.000Z',
      id: ID,
    });
  });

  it('refuses a cursor of one order in the other', () => {
    const newest = encodeCursor({ sort: 'newest', openedAt: '2026-01-01T10:00:00.000Z', id: ID });
    const nearest = encodeCursor({ sort: 'nearestBreach', nextDeadline: null, id: ID });
    expect(() => decodeCursor(newest, 'nearestBreach')).toThrow(InvalidCursor);
    expect(() => decodeCursor(nearest, 'newest')).toThrow(InvalidCursor);
    expect(() => decodeCursor(text(['2026-01-01T10:00:00.000Z', ID]), 'nearestBreach')).toThrow(
      InvalidCursor,
    );
  });

  it.each([
    '',
    'not-base64!',
    text({}),
    text(['x', 'y']),
    text(['newest', null, ID]),
    text(['newest', '2026-01-01T10:00:00.000Z', 'not-a-uuid']),
    text(['nearestBreach', '2026', ID]),
    text(['nearestBreach', null, ID, 'extra']),
    text(['oldest', '2026-01-01T10:00:00.000Z', ID]),
  ])('refuses %p', (cursor) => {
    expect(() => decodeCursor(cursor, 'newest')).toThrow(InvalidCursor);
    expect(() => decodeCursor(cursor, 'nearestBreach')).toThrow(InvalidCursor);
  });
});
