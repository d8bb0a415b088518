export const BROKEN_LINK_REASONS = [
  'version-gap', // an event is missing (deleted) or a version was rewritten
  'prev-hash-mismatch', // the stored link to the previous event was altered
  'hash-mismatch', // the event's content or position was altered
  'personal-data-mismatch', // personal data still present but altered
] as const;
export type BrokenLinkReason = (typeof BROKEN_LINK_REASONS)[number];

export interface BrokenLink {
  streamId: string;
  streamVersion: number;
  reason: BrokenLinkReason;
}

export interface VerifyReport {
  ok: boolean;
  streams: number;
  events: number;
  /** Events whose personal data was erased: their chains still verify through the digest. */
  erasedPersonalData: number;
  /** The first broken link in (stream id, version) order; absent when ok. */
  broken?: BrokenLink;
}
