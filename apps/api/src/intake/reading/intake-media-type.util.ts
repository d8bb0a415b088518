import { UnsupportedMediaTypeException } from '@nestjs/common';

/** How a request carries its events (CloudEvents HTTP binding, section 3). */
export type IntakeMode = 'binary' | 'structured' | 'batch';

const STRUCTURED = 'application/cloudevents+json';
const BATCH = 'application/cloudevents-batch+json';
/** application/json or any `+json` type, parameters (charset) allowed: the only data intake reads. */
export const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i;

/** The media type without its parameters, lower-cased (`application/json; charset=utf-8` → `application/json`). */
export function mediaTypeOf(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

/**
 * The mode of a request: the CloudEvents media types name structured and batch mode;
 * any other JSON body is binary mode (its `ce-*` headers are then validated, so a
 * missing one is a 400 naming it), and so is no body at all under `ce-*` headers (an
 * event without data). Anything else is 415: the media type is wrong, not the event.
 */
export function intakeModeOf(contentType: string | undefined, hasCeHeaders: boolean): IntakeMode {
  const mediaType = contentType === undefined ? undefined : mediaTypeOf(contentType);
  if (mediaType === STRUCTURED) return 'structured';
  if (mediaType === BATCH) return 'batch';
  if (mediaType === undefined ? hasCeHeaders : JSON_CONTENT_TYPE.test(mediaType)) return 'binary';
  throw new UnsupportedMediaTypeException(
    `send ${STRUCTURED}, ${BATCH}, or a JSON body with ce-* headers (binary mode); got ${mediaType ?? 'no Content-Type'}`,
  );
}
