import { ApiProperty } from '@nestjs/swagger';
import { type CheckpointVerification } from '@recovery/audit';
import { type HeadDifference, type HeadDifferenceReason } from '@recovery/event-store';
import { AuditVerificationDto } from './audit-verification.dto';

const HEAD_DIFFERENCE_REASONS = [
  'stream-missing',
  'stream-added',
  'truncated',
  'extended',
  'rewritten',
] as const satisfies readonly HeadDifferenceReason[];

const HEADS_FROM = ['request', 'stored', 'none'] as const;

/** A stream's head: its version and that event's link. */
export class HeadPositionDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  hash!: string;
}

/** A stream whose head at the checkpoint's position is not the one the checkpoint recorded. */
export class HeadDifferenceDto implements HeadDifference {
  @ApiProperty({ example: 'incident-5b0c7c1e-0d6f-4d43-9f8e-2b7c4c0c8e10' })
  streamId!: string;

  @ApiProperty({
    enum: HEAD_DIFFERENCE_REASONS,
    description:
      'stream-missing: deleted; stream-added: inserted into the past; truncated: its last ' +
      'events were deleted; extended: events inserted into the past; rewritten: same length, ' +
      'another head hash (an event changed and the chain recomputed)',
  })
  reason!: HeadDifferenceReason;

  @ApiProperty({
    type: HeadPositionDto,
    nullable: true,
    description: 'What the checkpoint recorded; null: it had no such stream',
  })
  expected!: HeadPositionDto | null;

  @ApiProperty({
    type: HeadPositionDto,
    nullable: true,
    description: 'What the store has at the position now; null: the stream is gone',
  })
  found!: HeadPositionDto | null;
}

/** POST /v1/audit/verify: a kept checkpoint, signed by this store's key, against the store. */
export class CheckpointVerificationDto implements CheckpointVerification {
  @ApiProperty({
    description:
      'The store still has the signed heads, its chains hold and no read model disagrees',
  })
  ok!: boolean;

  @ApiProperty({
    description:
      "Every stream's head at the checkpoint's position, recomputed now, hashes to its signed digest",
  })
  storeMatchesDigest!: boolean;

  @ApiProperty({
    enum: HEADS_FROM,
    description:
      "Whose heads named `differingStreams`: the request's, the stored copy's, or none (neither " +
      'hashes to the signed digest; then only `storeMatchesDigest` tells)',
  })
  headsFrom!: (typeof HEADS_FROM)[number];

  @ApiProperty({ type: [HeadDifferenceDto], description: 'By stream id; empty when none differs' })
  differingStreams!: HeadDifferenceDto[];

  @ApiProperty({
    type: AuditVerificationDto,
    description: 'The store as it is now: chains and read models, as GET /v1/audit/verify answers',
  })
  store!: AuditVerificationDto;
}
