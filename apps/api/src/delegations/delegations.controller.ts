import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { toIsoTimestamp } from '@recovery/domain';
import { DelegationCommandsService, DelegationQueriesService } from '@recovery/delegations';
import { type Caller } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import {
  CommandProblems,
  ProblemResponse,
  ReadProblems,
} from '../common/problem-responses.decorator';
import { linksTo } from '../common/openapi-links';
import { toDelegationView } from './delegation-view.mapper';
import { CreateDelegationDto } from './dto/create-delegation.dto';
import {
  DelegationCreatedDto,
  DelegationDto,
  DelegationListDto,
} from './dto/delegation-responses.dto';
import { ListDelegationsQueryDto } from './dto/list-delegations.query.dto';

@ApiTags('delegations')
@Controller('v1/delegations')
export class DelegationsController {
  constructor(
    private readonly commands: DelegationCommandsService,
    private readonly queries: DelegationQueriesService,
  ) {}

  @Post()
  @HttpCode(201)
  @Allow('delegation:write')
  @ApiOperation({
    summary: 'Lend your role at your sites to someone for a window [from, until)',
    description:
      'Within the window the delegate may decide the approvals your role could decide at ' +
      'those sites; you still may too. Refused (403, naming the field): a role above your ' +
      'own (delegation_role_above_own), sites you do not have (delegation_site_not_held), ' +
      'authority you hold only through a delegation (redelegation_forbidden).',
  })
  @ApiCreatedResponse({
    type: DelegationCreatedDto,
    links: linksTo(DelegationsController, ['revoke'], { id: '$response.body#/delegationId' }),
  })
  @CommandProblems()
  create(
    @Body() body: CreateDelegationDto,
    @CurrentCaller() caller: Caller,
  ): Promise<DelegationCreatedDto> {
    return this.commands.create(body, caller);
  }

  @Get()
  @Allow('delegation:read')
  @ApiOperation({ summary: 'Delegations you lent or hold, or at your sites, newest first' })
  @ApiOkResponse({ type: DelegationListDto })
  @ReadProblems()
  async list(
    @Query() query: ListDelegationsQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<DelegationListDto> {
    const now = toIsoTimestamp(Date.now());
    const delegations = await this.queries.visibleTo(caller, {
      active: query.active === 'true',
      now,
    });
    return { items: delegations.map((delegation) => toDelegationView(delegation, now)) };
  }

  @Delete(':id')
  @HttpCode(200)
  @Allow('delegation:write')
  @ApiOperation({ summary: 'Revoke a delegation at once (its delegator, or an admin)' })
  @ApiOkResponse({ type: DelegationDto })
  @ReadProblems()
  @ProblemResponse(
    409,
    'Already revoked, expired, or past its `until` (delegation_not_active); or revoked concurrently',
  )
  async revoke(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<DelegationDto> {
    return toDelegationView(await this.commands.revoke(id, caller), toIsoTimestamp(Date.now()));
  }
}
