import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { type CheckpointSummary, type SignedCheckpoint } from '@recovery/audit';
import { FIELD_LIMITS } from '@recovery/domain';
import { type StreamHead } from '@recovery/event-store';
import { CheckpointDto } from './audit-verification.dto';
import { CountProperty } from './figure-properties.decorator';

// Validated as well as described: an auditor sends a kept checkpoint back to POST /v1/audit/verify.
const HEX_SHA256 = /^[0-9a-f]{64}$/;
const BASE64URL_SHA256 = /^[A-Za-z0-9_-]{43}$/;
const BASE64URL_ED25519_SIGNATURE = /^[A-Za-z0-9_-]{86}$/;
const STREAM_ID_MAX = 200;

/** A stream's newest event at or before a checkpoint. */
export class StreamHeadDto implements StreamHead {
  @ApiProperty({
    example: 'incident-5b0c7c1e-0d6f-4d43-9f8e-2b7c4c0c8e10',
    minLength: 1,
    maxLength: STREAM_ID_MAX,
  })
  @IsString()
  @Length(1, STREAM_ID_MAX)
  streamId!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ pattern: HEX_SHA256.source, description: 'Hex SHA-256 link of that event' })
  @Matches(HEX_SHA256, { message: 'hash must be 64 lowercase hex digits' })
  hash!: string;
}

/** A checkpoint as listed: where the store stood and the digest of its heads there, signed. */
export class CheckpointSummaryDto implements CheckpointSummary {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  checkpointId!: string;

  @ApiProperty({ type: CheckpointDto, description: 'Every event at or before it is covered' })
  @IsObject()
  @ValidateNested()
  @Type(() => CheckpointDto)
  position!: CheckpointDto;

  @ApiProperty({
    pattern: HEX_SHA256.source,
    description: 'Hex SHA-256 over every stream head at the position (README "Heads digest")',
  })
  @Matches(HEX_SHA256, { message: 'headsDigest must be 64 lowercase hex digits' })
  headsDigest!: string;

  @CountProperty('Streams covered')
  @IsInt()
  @Min(0)
  streams!: number;

  @CountProperty('Events covered')
  @IsInt()
  @Min(0)
  events!: number;

  @ApiProperty({ format: 'date-time', description: 'Signed exactly as written here' })
  @IsISO8601({ strict: true, strictSeparator: true })
  takenAt!: string;

  @ApiProperty({
    example: 'exec-1',
    minLength: 1,
    maxLength: FIELD_LIMITS.actorId,
    description: "Who asked for it (their token's sub), or `system` for the worker's periodic ones",
  })
  @IsString()
  @Length(1, FIELD_LIMITS.actorId)
  takenBy!: string;

  @ApiProperty({
    pattern: BASE64URL_SHA256.source,
    description: "The signing key's RFC 7638 thumbprint: the `kid` of GET /v1/audit/signing-key",
  })
  @Matches(BASE64URL_SHA256, { message: 'keyId must be a base64url SHA-256 thumbprint' })
  keyId!: string;

  @ApiProperty({
    pattern: BASE64URL_ED25519_SIGNATURE.source,
    description:
      'Base64url Ed25519 signature of the canonical JSON (sorted keys, no spaces) of every ' +
      'other member but `heads`, which `headsDigest` covers',
  })
  @Matches(BASE64URL_ED25519_SIGNATURE, {
    message: 'signature must be a base64url Ed25519 signature',
  })
  signature!: string;
}

/** A checkpoint with every stream's head: what an auditor keeps. */
export class SignedCheckpointDto extends CheckpointSummaryDto implements SignedCheckpoint {
  @ApiProperty({
    type: [StreamHeadDto],
    description: "Every stream's head at the position, by stream id; they hash to `headsDigest`",
  })
  heads!: StreamHeadDto[];
}

export class CheckpointPageDto {
  @ApiProperty({ type: [CheckpointSummaryDto], description: 'Newest first, without their heads' })
  items!: CheckpointSummaryDto[];

  @ApiProperty({
    required: false,
    description: 'Pass as `cursor` for the next (older) page; absent: no more',
  })
  nextCursor?: string;
}
