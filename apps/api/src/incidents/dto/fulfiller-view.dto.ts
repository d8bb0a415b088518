import { ApiProperty } from '@nestjs/swagger';
import { type FulfillerDetail } from '@recovery/incidents';

/** Who owns an incident or fulfils a promise: a person or a team, by id. */
export class FulfillerViewDto implements FulfillerDetail {
  @ApiProperty({ enum: ['person', 'team'] })
  kind!: 'person' | 'team';

  @ApiProperty()
  id!: string;
}
