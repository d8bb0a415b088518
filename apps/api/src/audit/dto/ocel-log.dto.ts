import { ApiProperty } from '@nestjs/swagger';
import { type OcelEvent, type OcelObject, type OcelType } from '@recovery/audit';

// The parts of OCEL 2.0 JSON (https://www.ocel-standard.org) the export writes.

const ATTRIBUTE_TYPES = ['string', 'time', 'integer', 'float', 'boolean'];
const OCEL_VALUE = { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] };

export class OcelAttributeTypeDto {
  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ATTRIBUTE_TYPES })
  type!: OcelType['attributes'][number]['type'];
}

export class OcelTypeDto implements OcelType {
  @ApiProperty({ example: 'incident' })
  name!: string;

  @ApiProperty({ type: [OcelAttributeTypeDto] })
  attributes!: OcelAttributeTypeDto[];
}

export class OcelRelationshipDto {
  @ApiProperty()
  objectId!: string;

  @ApiProperty({ example: 'remedy of' })
  qualifier!: string;
}

export class OcelObjectAttributeDto {
  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'date-time' })
  time!: string;

  @ApiProperty(OCEL_VALUE)
  value!: string | number | boolean;
}

export class OcelObjectDto implements OcelObject {
  @ApiProperty()
  id!: string;

  @ApiProperty({ example: 'incident' })
  type!: string;

  @ApiProperty({ type: [OcelObjectAttributeDto] })
  attributes!: OcelObjectAttributeDto[];

  @ApiProperty({ type: [OcelRelationshipDto] })
  relationships!: OcelRelationshipDto[];
}

export class OcelEventAttributeDto {
  @ApiProperty()
  name!: string;

  @ApiProperty(OCEL_VALUE)
  value!: string | number | boolean;
}

export class OcelEventDto implements OcelEvent {
  @ApiProperty()
  id!: string;

  @ApiProperty({ example: 'IncidentOpened' })
  type!: string;

  @ApiProperty({ format: 'date-time' })
  time!: string;

  @ApiProperty({ type: [OcelEventAttributeDto] })
  attributes!: OcelEventAttributeDto[];

  @ApiProperty({ type: [OcelRelationshipDto] })
  relationships!: OcelRelationshipDto[];
}

/** GET /v1/audit/exports/ocel.json: the whole event log, object-centric. */
export class OcelLogDto {
  @ApiProperty({ type: [OcelTypeDto] })
  objectTypes!: OcelTypeDto[];

  @ApiProperty({ type: [OcelTypeDto] })
  eventTypes!: OcelTypeDto[];

  @ApiProperty({ type: [OcelObjectDto] })
  objects!: OcelObjectDto[];

  @ApiProperty({ type: [OcelEventDto] })
  events!: OcelEventDto[];
}
