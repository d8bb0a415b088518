import { InvalidCursor } from '../incident-not-found.error';
import { decodeCursor, encodeCursor } from './list-cursor.util';

describe('list cursor', () => {
  it('round-trips a position', () => {
    const cursor = {
      openedAt: '2026-01-01T10:00:00.000Z',
      id: '0b0e7a5e-9a8f-4c4e-8d6f-2d1f0c1b2a3c',
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('{}').toString('base64url'),
    Buffer.from('["x","y"]').toString('base64url'),
  ])('refuses %p', (text) => {
    expect(() => decodeCursor(text)).toThrow(InvalidCursor);
  });
});
