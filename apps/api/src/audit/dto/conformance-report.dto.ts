import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEVIATION_KINDS,
  type AuditFilter,
  type ConformanceReport,
  type Deviation,
  type DeviationKind,
  type DeviationPage,
} from '@recovery/audit';
import { ConformanceFiguresDto } from './conformance-figures.dto';
import { CountProperty, CountsByProperty } from './figure-properties.decorator';

/** The criteria a report is about: only those that were set. */
export class AuditFilterDto implements AuditFilter {
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  to?: Date;

  @ApiPropertyOptional()
  site?: string;

  @ApiPropertyOptional()
  category?: string;

  @ApiPropertyOptional()
  policyKey?: string;

  @ApiPropertyOptional({ type: 'integer' })
  policyVersion?: number;

  @ApiPropertyOptional()
  staffId?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'The sites a caller bound to some sites sees; absent for every site',
  })
  visibleSites?: readonly string[];
}

export class DeviationDto implements Deviation {
  @ApiProperty({ format: 'uuid' })
  incidentId!: string;

  @ApiProperty({ enum: DEVIATION_KINDS })
  kind!: DeviationKind;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The promise, remedy or approval concerned; null when it is the incident itself',
  })
  subjectId!: string | null;

  @ApiProperty({ format: 'date-time', description: 'When practice departed from policy' })
  at!: string;

  @ApiProperty({ type: String, nullable: true })
  site!: string | null;

  @ApiProperty({ type: String, nullable: true })
  policyKey!: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  policyVersion!: number | null;

  @ApiProperty({
    example: '/v1/incidents/…/events',
    description: 'Where the deviation can be traced',
  })
  eventsUrl!: string;
}

export class DeviationPageDto implements DeviationPage {
  @CountProperty('Deviations over the whole filter, not only this page')
  total!: number;

  @CountsByProperty(DEVIATION_KINDS, 'Deviations over the whole filter, by kind')
  byKind!: Record<DeviationKind, number>;

  @ApiProperty({ type: 'integer' })
  limit!: number;

  @ApiProperty({ type: 'integer' })
  offset!: number;

  @ApiProperty({ type: [DeviationDto], description: 'In time order' })
  items!: DeviationDto[];
}

type Comparison = NonNullable<ConformanceReport['comparison']>;
type VersionFigures = Comparison['versions'][number];

export class VersionFiguresDto implements VersionFigures {
  @ApiProperty({ type: 'integer' })
  policyVersion!: number;

  @ApiProperty({ type: ConformanceFiguresDto })
  figures!: ConformanceFiguresDto;
}

export class ComparisonDto implements Comparison {
  @ApiProperty()
  policyKey!: string;

  @ApiProperty({
    type: [VersionFiguresDto],
    description: 'compareVersion first, then policyVersion',
  })
  versions!: VersionFiguresDto[];
}

/** GET /v1/audit/conformance */
export class ConformanceReportDto implements ConformanceReport {
  @ApiProperty({ type: AuditFilterDto })
  filter!: AuditFilterDto;

  @ApiProperty({ type: ConformanceFiguresDto })
  figures!: ConformanceFiguresDto;

  @ApiProperty({ type: DeviationPageDto })
  deviations!: DeviationPageDto;

  @ApiPropertyOptional({
    type: ComparisonDto,
    description: 'With compareVersion: the same figures for both policy versions',
  })
  comparison?: ComparisonDto;
}
