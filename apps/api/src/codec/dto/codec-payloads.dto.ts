import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  Matches,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

// Standard base64 with padding; the empty string is an empty value.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// More than a workflow task's payloads, fewer than a body limit's worth of tiny ones.
const MAX_PAYLOADS = 1000;

const isBase64Map = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((entry) => typeof entry === 'string' && BASE64.test(entry));

/** A Temporal Payload in the codec-server JSON form: metadata values and data in base64. */
export class CodecPayloadDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'byte' },
    example: { encoding: 'YmluYXJ5L2VuY3J5cHRlZA==', 'encryption-key-id': 'MjAyNi0wNw==' },
    description: 'Metadata name → value, each value base64',
  })
  @ValidateBy({
    name: 'isBase64Map',
    validator: {
      validate: isBase64Map,
      defaultMessage: () => 'metadata must be an object whose values are base64 strings',
    },
  })
  metadata!: Record<string, string>;

  @ApiPropertyOptional({ format: 'byte', description: 'The payload bytes, base64' })
  @IsOptional()
  @IsString()
  @Matches(BASE64, { message: 'data must be base64' })
  data?: string;
}

/**
 * Body and answer of POST /v1/codec/encode and /v1/codec/decode: Temporal's
 * codec-server protocol, as the Temporal UI and CLI send it.
 */
export class CodecPayloadsDto {
  @ApiProperty({ type: [CodecPayloadDto], maxItems: MAX_PAYLOADS })
  @IsArray()
  @ArrayMaxSize(MAX_PAYLOADS)
  @ValidateNested({ each: true })
  @Type(() => CodecPayloadDto)
  payloads!: CodecPayloadDto[];
}
