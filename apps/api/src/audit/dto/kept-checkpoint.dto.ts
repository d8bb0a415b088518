import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, ValidateNested } from 'class-validator';
import { type KeptCheckpoint } from '@recovery/audit';
import { CheckpointSummaryDto, StreamHeadDto } from './checkpoint.dto';

/** Body of POST /v1/audit/verify: a checkpoint exactly as the API returned it. */
export class KeptCheckpointDto extends CheckpointSummaryDto implements KeptCheckpoint {
  @ApiPropertyOptional({
    type: [StreamHeadDto],
    description:
      "The checkpoint's heads, as kept. Optional, since a large store's may exceed the body " +
      "limit: without them (or when they do not hash to `headsDigest`) the store's own copy " +
      'names the differing streams, once the signature has proved the rest',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => StreamHeadDto)
  heads?: StreamHeadDto[];
}
