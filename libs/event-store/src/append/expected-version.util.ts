import { InvalidAppendRequest } from '../event-store.error';
import { type ExpectedVersion } from '../event-store.types';

// Wire codes understood by the append functions (create-single-append-function.migration.ts):
// n >= 0 is an exact version; the negatives are the three symbolic expectations.
const ANY = -1;
const NO_STREAM = -2;
const STREAM_EXISTS = -3;

/** Encodes an expected version as the bigint the append functions check against the locked head. */
export function encodeExpectedVersion(expected: ExpectedVersion): number {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) {
        throw new InvalidAppendRequest(`expectedVersion must be a version >= 0, got ${expected}`);
      }
      return expected;
  }
}

/** Human-readable form for error messages. */
export function describeExpectedVersion(expected: ExpectedVersion): string {
  return typeof expected === 'number' ? String(expected) : expected;
}
