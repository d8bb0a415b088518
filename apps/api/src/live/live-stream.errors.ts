import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError } from '@recovery/domain';

/** This API process holds as many streams as it will; another replica or a later retry may not. */
export class LiveStreamsExhausted extends DomainError {
  readonly code = 'live_streams_exhausted';
  readonly kind = 'unavailable';
  constructor(limit: number, retryAfterSeconds: number) {
    super(`this API process already serves ${limit} live streams; poll, and retry later`, {
      limit,
      retryAfterSeconds,
    });
  }
}

/**
 * One person already has as many streams open as a console needs (one per tab).
 * A 429, which no domain error kind maps to, so it is the HTTP exception itself.
 */
export class TooManyLiveStreams extends HttpException {
  constructor(limit: number) {
    super(
      `you already have ${limit} live streams open; close one (a console tab) first`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
