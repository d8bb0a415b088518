import { Readable } from 'node:stream';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  AuditExportForbidden,
  AuditVerificationService,
  ConformanceReportService,
  CSV_COLUMNS,
  EventLogExportService,
  ScorecardService,
  type AuditVerification,
} from '@recovery/audit';
import { type Caller } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { ReadProblems } from '../common/problem-responses.decorator';
import { seesEverySite, toAuditFilter, toConformanceQuery } from './audit-filter.mapper';
import { AuditVerificationDto, IncidentScopeDto } from './dto/audit-verification.dto';
import { ConformanceQueryDto } from './dto/conformance-query.dto';
import { ConformanceReportDto } from './dto/conformance-report.dto';
import { ScorecardDto } from './dto/scorecard.dto';
import { ScorecardQueryDto } from './dto/scorecard-query.dto';
import { OcelLogDto } from './dto/ocel-log.dto';
import { VerifyQueryDto } from './dto/verify-query.dto';

/** The executive audit (issue 6): read-only, for executives and admins. */
@ApiTags('audit')
@ApiExtraModels(IncidentScopeDto)
@Controller('v1/audit')
@Allow('audit:read')
export class AuditController {
  constructor(
    private readonly conformance: ConformanceReportService,
    private readonly scorecards: ScorecardService,
    private readonly verification: AuditVerificationService,
    private readonly exports: EventLogExportService,
  ) {}

  @Get('conformance')
  @ApiOperation({
    summary: 'Policy versus practice: figures, deviations, two policy versions side by side',
  })
  @ApiOkResponse({ type: ConformanceReportDto, description: 'The conformance report' })
  @ReadProblems()
  conformanceReport(
    @Query() query: ConformanceQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ConformanceReportDto> {
    return this.conformance.report(toConformanceQuery(query, caller));
  }

  @Get('scorecard')
  @ApiOperation({ summary: 'Headline measures per day, week or month' })
  @ApiOkResponse({ type: ScorecardDto, description: 'The scorecard' })
  @ReadProblems()
  scorecard(
    @Query() query: ScorecardQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ScorecardDto> {
    return this.scorecards.scorecard(query.interval, toAuditFilter(query, caller));
  }

  @Get('verify')
  @ApiOperation({ summary: 'Recompute the hash chains of one incident or of the whole store' })
  @ApiOkResponse({
    type: AuditVerificationDto,
    description: 'Which streams are intact and the first broken link, if any',
  })
  @ReadProblems()
  verify(@Query() query: VerifyQueryDto): Promise<AuditVerification> {
    return this.verification.verify(query.incidentId);
  }

  @Get('exports/events.csv')
  @ApiOperation({
    summary:
      'The event log as CSV (case id, activity, timestamp, resource, role, policy), streamed',
    description:
      'One line per event of every incident, for process-mining tools. The whole log crosses ' +
      'sites, so only a caller who sees every site may export it (403 otherwise).',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'An RFC 4180 CSV file (attachment event-log.csv), a header line first',
    content: {
      'text/csv': {
        schema: { type: 'string', description: `Columns, in order: ${CSV_COLUMNS.join(', ')}` },
      },
    },
  })
  exportCsv(@CurrentCaller() caller: Caller): StreamableFile {
    if (!seesEverySite(caller)) throw new AuditExportForbidden();
    return new StreamableFile(Readable.from(this.exports.csv()), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="event-log.csv"',
    });
  }

  @Get('exports/ocel.json')
  @ApiOperation({
    summary: 'The event log as OCEL 2.0 JSON (incidents, remedies, approvals, promises), streamed',
    description:
      'The object-centric form of the same log: events related to the incidents, remedies, ' +
      'approvals and promises they touch. Only for a caller who sees every site (403 otherwise).',
  })
  @ApiProduces('application/json')
  @ApiOkResponse({
    type: OcelLogDto,
    description: 'An OCEL 2.0 JSON file (attachment event-log.ocel.json)',
  })
  exportOcel(@CurrentCaller() caller: Caller): StreamableFile {
    if (!seesEverySite(caller)) throw new AuditExportForbidden();
    return new StreamableFile(Readable.from(this.exports.ocel()), {
      type: 'application/json; charset=utf-8',
      disposition: 'attachment; filename="event-log.ocel.json"',
    });
  }
}
