import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { isISO8601, Matches } from 'class-validator';

const UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * An ISO-8601 timestamp, normalised to UTC (`…Z`, milliseconds). Offsets such as
 * +17:31 are valid ISO but not for PostgreSQL, and mixed offsets would compare
 * wrongly as strings in the domain: every timestamp enters as UTC or not at all.
 */
export const IsUtcTimestamp = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' &&
      isISO8601(value, { strict: true }) &&
      !Number.isNaN(Date.parse(value))
        ? new Date(value).toISOString()
        : value,
    ),
    Matches(UTC_MILLIS, {
      message: ({ property }) =>
        `${property} must be an ISO-8601 timestamp between years 0000 and 9999`,
    }),
  );
