import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, IncidentCommandsService, IncidentQueriesService } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { ReadProblems, WorkflowCommandProblems } from '../common/problem-responses.decorator';
import { IncidentDetailDto } from './dto/incident-detail.dto';
import {
  IncidentEventsDto,
  IncidentPageDto,
  OpenedIncidentDto,
} from './dto/incident-responses.dto';
import { ListIncidentsQueryDto } from './dto/list-incidents.query.dto';
import { OpenIncidentDto } from './dto/open-incident.dto';
import { toEventsResponse } from './incident-events.mapper';
import { IncidentCommandsController } from './incident-commands.controller';
import { linksTo } from '../common/openapi-links';

const OPENED_ID = { id: '$response.body#/id' };

@ApiTags('incidents')
@Controller('v1/incidents')
export class IncidentsController {
  constructor(
    private readonly commands: IncidentCommandsService,
    private readonly queries: IncidentQueriesService,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('incident:open')
  @ApiOperation({ summary: 'Open an incident or complaint under its policy' })
  @ApiCreatedResponse({
    type: OpenedIncidentDto,
    links: {
      ...linksTo(IncidentsController, ['get', 'events'], OPENED_ID),
      ...linksTo(
        IncidentCommandsController,
        [
          'acknowledge',
          'addNote',
          'proposeRemedy',
          'makePromise',
          'resolve',
          'waitForCustomer',
          'resume',
          'recordFeedback',
          'reassign',
          'contactCustomer',
          'reopen',
        ],
        OPENED_ID,
      ),
    },
  })
  @WorkflowCommandProblems()
  open(@Body() body: OpenIncidentDto, @CurrentCaller() caller: Caller): Promise<OpenedIncidentDto> {
    return this.commands.open(body, caller);
  }

  @Get()
  @Allow('incident:read')
  @ApiOperation({
    summary: 'List incidents on your sites, newest first or nearest breach first',
    description:
      'Each item carries its owner (`assignee`), every running clock (`clocks`) and the ' +
      'earliest of them (`nextDeadline`). `sort=nearestBreach` is the frontline queue: ' +
      'overdue and soonest-due first, incidents without a running clock last.',
  })
  @ApiOkResponse({ type: IncidentPageDto })
  @ReadProblems()
  list(
    @Query() query: ListIncidentsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<IncidentPageDto> {
    return this.queries.list(query, caller);
  }

  @Get(':id')
  @Allow('incident:read')
  @ApiOperation({ summary: 'Current state of an incident' })
  @ApiOkResponse({ type: IncidentDetailDto })
  @ReadProblems()
  get(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<IncidentDetailDto> {
    return this.queries.get(id, caller);
  }

  @Get(':id/events')
  @Allow('incident:read')
  @ApiOperation({ summary: "The incident's event stream, in order, with its hash chain" })
  @ApiOkResponse({ type: IncidentEventsDto })
  @ReadProblems()
  async events(
    @Param('id') id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<IncidentEventsDto> {
    return toEventsResponse(await this.queries.events(id, caller));
  }
}
