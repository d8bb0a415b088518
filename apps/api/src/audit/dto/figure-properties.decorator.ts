import { ApiProperty } from '@nestjs/swagger';

/** A count of incidents or events. */
export const CountProperty = (description?: string): PropertyDecorator =>
  ApiProperty({ type: 'integer', minimum: 0, ...(description && { description }) });

/**
 * A duration in milliseconds between the two moments it names ("opened → acknowledged"),
 * null when nothing was counted.
 */
export const DurationProperty = (span: string): PropertyDecorator =>
  ApiProperty({
    type: 'integer',
    nullable: true,
    description: `${span}; milliseconds, null when nothing was counted`,
  });

/** A share in [0, 1] of what it names, null when nothing was counted. */
export const ShareProperty = (of: string): PropertyDecorator =>
  ApiProperty({
    type: 'number',
    minimum: 0,
    maximum: 1,
    nullable: true,
    description: `${of}; null when nothing was counted`,
  });

/** An object with one integer count per key of a closed vocabulary. */
export const CountsByProperty = (keys: readonly string[], description: string): PropertyDecorator =>
  ApiProperty({
    type: 'object',
    description,
    properties: Object.fromEntries(keys.map((key) => [key, { type: 'integer', minimum: 0 }])),
    required: [...keys],
  });
