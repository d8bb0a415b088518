import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '@recovery/incidents';
import { PoliciesService } from '@recovery/policies';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { CommandProblems, ReadProblems } from '../common/problem-responses.decorator';
import { PolicyDocumentDto } from './dto/policy-document.dto';
import { PolicyKeyParamDto } from './dto/policy-key.param.dto';
import { PolicyCreatedDto, PolicyListDto } from './dto/policy-responses.dto';
import { toPlainDocument, toPolicyCreated, toPolicyList } from './policy-version.mapper';

@ApiTags('policies')
@Controller('v1/policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @Allow('policy:read')
  @ApiOperation({ summary: 'The newest version of every policy' })
  @ApiOkResponse({ type: PolicyListDto })
  async list(): Promise<PolicyListDto> {
    return toPolicyList(await this.policies.list());
  }

  @Get(':key/versions')
  @Allow('policy:read')
  @ApiOperation({ summary: 'Every version of a policy, newest first' })
  @ApiOkResponse({ type: PolicyListDto })
  @ReadProblems()
  async versions(@Param() params: PolicyKeyParamDto): Promise<PolicyListDto> {
    return toPolicyList(await this.policies.versionsOf(params.key));
  }

  @Post()
  @HttpCode(201)
  @Allow('policy:write')
  @ApiOperation({ summary: 'Store a policy document as the next version of its key' })
  @ApiCreatedResponse({ type: PolicyCreatedDto })
  @CommandProblems()
  async create(
    @Body() body: PolicyDocumentDto,
    @CurrentCaller() caller: Caller,
  ): Promise<PolicyCreatedDto> {
    return toPolicyCreated(
      await this.policies.createVersion(toPlainDocument(body), caller.actor.id),
    );
  }
}
