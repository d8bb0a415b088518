import { type Payload } from '@temporalio/common';
import { type CodecPayloadDto } from './dto/codec-payloads.dto';

/** A payload of the codec-server JSON form as the SDK's Payload (bytes from base64). */
export function payloadFromJson({ metadata, data }: CodecPayloadDto): Payload {
  return {
    metadata: Object.fromEntries(
      Object.entries(metadata).map(([name, value]) => [name, Buffer.from(value, 'base64')]),
    ),
    ...(data !== undefined && { data: Buffer.from(data, 'base64') }),
  };
}

/** The SDK's Payload in the codec-server JSON form (bytes as base64). */
export function payloadToJson({ metadata, data }: Payload): CodecPayloadDto {
  return {
    metadata: Object.fromEntries(
      Object.entries(metadata ?? {}).map(([name, value]) => [
        name,
        Buffer.from(value).toString('base64'),
      ]),
    ),
    ...(data && { data: Buffer.from(data).toString('base64') }),
  };
}
