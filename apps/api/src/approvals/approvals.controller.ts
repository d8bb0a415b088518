import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { toIsoTimestamp } from '@recovery/domain';
import { type Delegation, inEffect } from '@recovery/domain/delegation/delegation-state';
import { DelegationQueriesService } from '@recovery/delegations';
import { type Caller, IncidentCommandsService, IncidentQueriesService } from '@recovery/incidents';
import { allows, isUserRole } from '../auth/access-matrix';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { ReadProblems, WorkflowCommandProblems } from '../common/problem-responses.decorator';
import { CommandAcceptedDto } from '../incidents/dto/command-results.dto';
import { DecisionDto, InboxDto, InboxQueryDto } from './dto/approvals.dto';

@ApiTags('approvals')
@Controller('v1/approvals')
export class ApprovalsController {
  constructor(
    private readonly queries: IncidentQueriesService,
    private readonly commands: IncidentCommandsService,
    private readonly delegations: DelegationQueriesService,
  ) {}

  @Get()
  @Allow('approval:read')
  @ApiOperation({
    summary:
      "The supervisors' inbox for your sites, oldest deadline first, with what delegations in effect let you decide",
  })
  @ApiOkResponse({ type: InboxDto })
  @ReadProblems()
  async inbox(@Query() query: InboxQueryDto, @CurrentCaller() caller: Caller): Promise<InboxDto> {
    const held = await this.delegations.heldBy(caller.actor.id);
    const mayDecide = mayUseDecide(caller, held);
    return { items: await this.queries.inbox(caller, { status: query.status, held, mayDecide }) };
  }

  @Post(':approvalId/decision')
  @HttpCode(200)
  @Allow('approval:decide')
  @ApiOperation({
    summary: 'Approve or deny; never your own request, only within your authority',
    description:
      'A delegate acting for someone (issue 12) decides within the delegated role, at its sites, ' +
      'in its window, never the delegator’s own request; the decision records `actingFor`.',
  })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  async decide(
    @Param('approvalId') approvalId: string,
    @Body() body: DecisionDto,
    @CurrentCaller() caller: Caller,
  ) {
    const held = await this.delegations.heldBy(caller.actor.id);
    return this.commands.decideApproval(approvalId, body, caller, held);
  }
}

/** The access guard's rule for approval:decide, asked of the reader: their role, or a delegation in effect, allows it. */
function mayUseDecide(caller: Caller, held: readonly Delegation[]): boolean {
  const now = toIsoTimestamp(Date.now());
  const { role } = caller.actor;
  const lent = held.some((delegation) => inEffect(delegation, now));
  return isUserRole(role) && allows(role, 'approval:decide', lent);
}
