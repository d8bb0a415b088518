/**
 * How long each free-text field of a command may be, defined once: the domain's checks
 * and the API's DTOs (class-validator and the OpenAPI document) read these, so the
 * limit a client sees documented is the one every way into the domain enforces.
 */
export const FIELD_LIMITS = {
  /** Notes, details, descriptions, reasons, comments: a few paragraphs. */
  text: 4000,
  /** The one line an incident is listed by. */
  summary: 500,
  customerRef: 200,
  // Sites are short codes (AMS, RTM). 32, as the API's site pattern always said: that is
  // the limit clients hit first, so the domain's former 64 was never reachable over HTTP.
  site: 32,
  team: 64,
  // A person is named by their actor id, a token's `sub`, which auth caps at 128; so
  // assignees and promise fulfillers share that cap (the domain's former 200 admitted ids
  // no token can carry, and the API never let more than 128 through).
  actorId: 128,
} as const;

/** A site code: letters, digits, `_` or `-`, at most FIELD_LIMITS.site long. */
export const SITE_PATTERN = new RegExp(`^[A-Za-z0-9_-]{1,${FIELD_LIMITS.site}}$`);
