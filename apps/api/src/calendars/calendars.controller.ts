import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarsService } from '@recovery/calendars';
import { type Caller } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { CommandProblems, ReadProblems } from '../common/problem-responses.decorator';
import { linksTo } from '../common/openapi-links';
import { toPlainDocument } from '../common/plain-document.util';
import { toCalendarCreated, toCalendarList } from './calendar-version.mapper';
import { CalendarDocumentDto } from './dto/calendar-document.dto';
import { CalendarKeyParamDto } from './dto/calendar-key.param.dto';
import { CalendarCreatedDto, CalendarListDto } from './dto/calendar-responses.dto';

// Calendars are managed and read as policies are (issue 12): the same permissions.
@ApiTags('calendars')
@Controller('v1/calendars')
export class CalendarsController {
  constructor(private readonly calendars: CalendarsService) {}

  @Get()
  @Allow('policy:read')
  @ApiOperation({ summary: 'The newest version of every business-hours calendar' })
  @ApiOkResponse({ type: CalendarListDto })
  async list(): Promise<CalendarListDto> {
    return toCalendarList(await this.calendars.list());
  }

  @Get(':key/versions')
  @Allow('policy:read')
  @ApiOperation({ summary: 'Every version of a calendar, newest first' })
  @ApiOkResponse({ type: CalendarListDto })
  @ReadProblems()
  async versions(@Param() params: CalendarKeyParamDto): Promise<CalendarListDto> {
    return toCalendarList(await this.calendars.versionsOf(params.key));
  }

  @Post()
  @HttpCode(201)
  @Allow('policy:write')
  @ApiOperation({
    summary: 'Store a calendar document as the next version of its key',
    description:
      'Versions are immutable; a site names the calendar by key and a new incident is ' +
      'pinned to its newest version. 422 `invalid_calendar_document` names each bad ' +
      'field (time zone, malformed times, overlapping intervals, holidays).',
  })
  @ApiCreatedResponse({
    type: CalendarCreatedDto,
    links: linksTo(CalendarsController, ['versions'], { key: '$response.body#/key' }),
  })
  @CommandProblems()
  async create(
    @Body() body: CalendarDocumentDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CalendarCreatedDto> {
    return toCalendarCreated(
      await this.calendars.createVersion(toPlainDocument(body), caller.actor.id),
    );
  }
}
