import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import {
  CHANNELS,
  type Channel,
  CONTACT_DIRECTIONS,
  type ContactDirection,
  FIELD_LIMITS,
} from '@recovery/domain';

/** Body of POST /v1/incidents/:id/contacts (event CustomerContacted). */
export class CustomerContactDto {
  @ApiProperty({ enum: CONTACT_DIRECTIONS, description: 'Who reached whom' })
  @IsIn(CONTACT_DIRECTIONS)
  direction!: ContactDirection;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty({
    example: 'Called back: taxi on its way',
    minLength: 1,
    maxLength: FIELD_LIMITS.text,
  })
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  summary!: string;
}
