import { ApiProperty } from '@nestjs/swagger';
import { PolicyDocumentDto } from './policy-document.dto';

export class PolicyCreatedDto {
  @ApiProperty()
  key!: string;

  @ApiProperty()
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
