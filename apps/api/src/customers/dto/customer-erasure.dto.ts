import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { FIELD_LIMITS } from '@recovery/domain';
import { type CustomerErasure } from '@recovery/incidents';
import { ActorDto } from '../../incidents/dto/incident-detail.dto';

/** The path of a customer's routes: their reference as they were opened with it. */
export class CustomerRefParamsDto {
  @ApiProperty({
    description: 'The reference the customer was opened with, in any case',
    minLength: 1,
    maxLength: FIELD_LIMITS.customerRef,
  })
  @IsString()
  @Length(1, FIELD_LIMITS.customerRef)
  customerRef!: string;
}

/** Body of POST /v1/customers/:customerRef/erasure (issue 14). */
export class EraseCustomerDto {
  @ApiProperty({
    example: 'Erasure request under GDPR art. 17, ticket DP-2291',
    description: 'Why, as the audit will show it: say which request, not who the customer is',
    minLength: 1,
    maxLength: FIELD_LIMITS.text,
  })
  @IsString()
  @Length(1, FIELD_LIMITS.text)
  reason!: string;
}

/** What the erasure did, as its CustomerDataErased event records it. */
export class CustomerErasureDto implements CustomerErasure {
  @ApiProperty({ format: 'uuid', description: 'The CustomerDataErased event id' })
  erasureId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The destroyed data key, named by every sealed value',
  })
  keyId!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Incidents whose personal text now reads as erased',
  })
  incidentIds!: CustomerErasure['incidentIds'];

  @ApiProperty({ type: ActorDto, description: 'Who asked' })
  requestedBy!: ActorDto;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  erasedAt!: CustomerErasure['erasedAt'];
}
