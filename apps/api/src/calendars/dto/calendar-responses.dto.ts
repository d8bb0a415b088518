import { ApiProperty } from '@nestjs/swagger';
import { CalendarDocumentDto } from './calendar-document.dto';

export class CalendarCreatedDto {
  @ApiProperty({ example: 'ams-desk' })
  key!: string;

  @ApiProperty({ type: 'integer', example: 1 })
  version!: number;
}

export class CalendarVersionDto extends CalendarCreatedDto {
  @ApiProperty({ type: CalendarDocumentDto })
  document!: CalendarDocumentDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty()
  createdBy!: string;
}

export class CalendarListDto {
  @ApiProperty({ type: [CalendarVersionDto] })
  items!: CalendarVersionDto[];
}
