import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, IncidentCommandsService } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { WorkflowCommandProblems } from '../common/problem-responses.decorator';
import { CommandAcceptedDto, PromiseMadeDto, RemedyProposalDto } from './dto/command-results.dto';
import {
  AcknowledgeDto,
  AddNoteDto,
  FeedbackDto,
  MakePromiseDto,
  ProposeRemedyDto,
  ReopenDto,
  ResolveDto,
  WaitForCustomerDto,
} from './dto/incident-commands.dto';
import { CustomerContactDto } from './dto/customer-contact.dto';
import { ReassignDto } from './dto/reassign.dto';
import { toRemedyProposal } from './remedy-proposal.mapper';
import { ApprovalsController } from '../approvals/approvals.controller';
import { linksTo } from '../common/openapi-links';

/** Commands on one incident; each answers with the workflow's decision. */
@ApiTags('incidents')
@Allow('incident:act')
@Controller('v1/incidents/:id')
export class IncidentCommandsController {
  constructor(private readonly commands: IncidentCommandsService) {}

  @Post('acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take ownership (first response)' })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  acknowledge(
    @Param('id') id: string,
    @Body() _body: AcknowledgeDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.acknowledge(id, caller);
  }

  @Post('notes')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a note' })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  addNote(@Param('id') id: string, @Body() body: AddNoteDto, @CurrentCaller() caller: Caller) {
    return this.commands.addNote(id, body, caller);
  }

  @Post('remedies')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Propose a remedy: granted at once within your limit, else sent for approval',
  })
  @ApiOkResponse({
    type: RemedyProposalDto,
    description: 'Granted, or sent for approval: then `approvalId` is the approval to decide',
    links: linksTo(ApprovalsController, ['decide'], { approvalId: '$response.body#/approvalId' }),
  })
  @WorkflowCommandProblems()
  async proposeRemedy(
    @Param('id') id: string,
    @Body() body: ProposeRemedyDto,
    @CurrentCaller() caller: Caller,
  ) {
    return toRemedyProposal(await this.commands.proposeRemedy(id, body, caller));
  }

  @Post('promises')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a promise made to the customer' })
  @ApiOkResponse({
    type: PromiseMadeDto,
    links: linksTo(IncidentCommandsController, ['confirmPromise', 'keepPromise'], {
      id: '$request.path.id',
      promiseId: '$response.body#/promiseId',
    }),
  })
  @WorkflowCommandProblems()
  makePromise(
    @Param('id') id: string,
    @Body() body: MakePromiseDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.makePromise(id, body, caller);
  }

  @Post('promises/:promiseId/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'The fulfiller confirms a promise made on their behalf' })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  confirmPromise(
    @Param('id') id: string,
    @Param('promiseId') promiseId: string,
    @Body() _body: AcknowledgeDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.confirmPromise(id, promiseId, caller);
  }

  @Post('promises/:promiseId/keep')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that a promise was kept' })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  keepPromise(
    @Param('id') id: string,
    @Param('promiseId') promiseId: string,
    @Body() _body: AcknowledgeDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.keepPromise(id, promiseId, caller);
  }

  @Post('resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve the incident' })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  resolve(@Param('id') id: string, @Body() body: ResolveDto, @CurrentCaller() caller: Caller) {
    return this.commands.resolve(id, body, caller);
  }

  @Post('wait-for-customer')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Wait on the customer: the resolve clock and its escalation stop until resumed (the acknowledge clock never pauses)',
  })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  waitForCustomer(
    @Param('id') id: string,
    @Body() body: WaitForCustomerDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.waitForCustomer(id, body, caller);
  }

  @Post('resume')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Resume the resolve clock: its deadline moves by the time paused, counted in the clock’s own kind of time',
  })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  resume(@Param('id') id: string, @Body() _body: AcknowledgeDto, @CurrentCaller() caller: Caller) {
    return this.commands.resume(id, caller);
  }

  @Post('feedback')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the customer's answer to the follow-up" })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  recordFeedback(
    @Param('id') id: string,
    @Body() body: FeedbackDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.recordFeedback(id, body, caller);
  }

  @Post('reassign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hand the incident to another person or team' })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  reassign(@Param('id') id: string, @Body() body: ReassignDto, @CurrentCaller() caller: Caller) {
    return this.commands.reassign(id, { to: body.assignee, reason: body.reason }, caller);
  }

  @Post('contacts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a contact with the customer (a call back, a message received)' })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  contactCustomer(
    @Param('id') id: string,
    @Body() body: CustomerContactDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.commands.contactCustomer(id, body, caller);
  }

  @Post('reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a resolved or closed incident (counted as rework)' })
  @ApiOkResponse({ type: CommandAcceptedDto })
  @WorkflowCommandProblems()
  reopen(@Param('id') id: string, @Body() body: ReopenDto, @CurrentCaller() caller: Caller) {
    return this.commands.reopen(id, body, caller);
  }
}
