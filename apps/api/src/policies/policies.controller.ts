import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller } from '@recovery/incidents';
import { PoliciesService } from '@recovery/policies';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { linksTo } from '../common/openapi-links';
import { toPlainDocument } from '../common/plain-document.util';
import { CommandProblems, ReadProblems } from '../common/problem-responses.decorator';
import { ApplicablePolicyQueryDto } from './dto/applicable-policy.query.dto';
import { PolicyDocumentDto } from './dto/policy-document.dto';
import { PolicyKeyParamDto } from './dto/policy-key.param.dto';
import { ApplicablePolicyDto, PolicyCreatedDto, PolicyListDto } from './dto/policy-responses.dto';
import { toApplicablePolicy, toPolicyCreated, toPolicyList } from './policy-version.mapper';

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

  @Get('applicable')
  @Allow('policy:read')
  @ApiOperation({
    summary: 'The policy version an incident with these fields would be pinned to if opened now',
    description:
      'The same choice POST /v1/incidents makes: the newest version of `policyKey` when ' +
      'given, else the most specific policy whose appliesTo matches category and severity, ' +
      'else the default policy. Deadlines are `acknowledgeWithin` and `resolveWithin` of ' +
      'its document, limits in major units as in every policy response. 404 ' +
      '`policy_not_found` when none applies (or `policyKey` is unknown).',
  })
  @ApiOkResponse({ type: ApplicablePolicyDto })
  @ReadProblems()
  async applicable(@Query() query: ApplicablePolicyQueryDto): Promise<ApplicablePolicyDto> {
    // The site is validated as opening validates it; policies are not chosen per site.
    const { policyKey, category, severity } = query;
    return toApplicablePolicy(await this.policies.resolveFor({ policyKey, category, severity }));
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
  @ApiCreatedResponse({
    type: PolicyCreatedDto,
    links: linksTo(PoliciesController, ['versions'], { key: '$response.body#/key' }),
  })
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
