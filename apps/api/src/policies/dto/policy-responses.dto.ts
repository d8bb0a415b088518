import { ApiProperty, PickType } from '@nestjs/swagger';
import { PolicyDocumentDto } from './policy-document.dto';

export class PolicyCreatedDto {
  @ApiProperty()
  key!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;
}

export class PolicyVersionDto extends PolicyCreatedDto {
  @ApiProperty({ type: PolicyDocumentDto })
  document!: PolicyDocumentDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty()
  createdBy!: string;
}

export class PolicyListDto {
  @ApiProperty({ type: [PolicyVersionDto] })
  items!: PolicyVersionDto[];
}

/**
 * GET /v1/policies/applicable: the version a new incident would be pinned to, shaped
 * as a listed version (its document's limits in major units, durations ISO-8601).
 */
export class ApplicablePolicyDto extends PickType(PolicyVersionDto, [
  'key',
  'version',
  'document',
] as const) {}
