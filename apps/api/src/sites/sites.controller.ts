import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SitesService } from '@recovery/calendars';
import { type Caller } from '@recovery/incidents';
import { Allow } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { ProblemResponse, ReadProblems } from '../common/problem-responses.decorator';
import { RegisterSiteDto } from './dto/register-site.dto';
import { SiteCodeParamDto } from './dto/site-code.param.dto';
import { SiteDto, SiteListDto } from './dto/site.dto';
import { SiteTimeZonesDto } from './dto/site-time-zones.dto';
import { toSiteDto, toSiteTimeZones } from './site.mapper';

/**
 * Sites: their names, where each keeps its clocks (so clients show times in site
 * time), and the calendar of their business hours. Registered and read as policies
 * are (issue 12): the same permissions.
 */
@ApiTags('sites')
@Controller('v1/sites')
export class SitesController {
  constructor(private readonly sites: SitesService) {}

  @Get()
  @Allow('policy:read')
  @ApiOperation({ summary: 'Every registered site, by code' })
  @ApiOkResponse({ type: SiteListDto })
  async list(): Promise<SiteListDto> {
    return { items: (await this.sites.list()).map(toSiteDto) };
  }

  @Get('time-zones')
  @Allow('incident:read')
  @ApiOperation({
    summary: "Each site's time zone, for showing site time",
    description:
      "A registered site's own zone (PUT /v1/sites/{code}), else SITE_TIME_ZONES; " +
      '`otherSites` is the zone of every site not listed.',
  })
  @ApiOkResponse({ type: SiteTimeZonesDto })
  async timeZones(): Promise<SiteTimeZonesDto> {
    return toSiteTimeZones(await this.sites.timeZones());
  }

  @Put(':code')
  @Allow('policy:write')
  @ApiOperation({
    summary: 'Register a site, or replace its name, time zone and calendar',
    description:
      'A new calendar applies to incidents opened after the change; open incidents keep ' +
      'the calendar version they were pinned to. 422 `invalid_site_registration` names ' +
      '`timeZone` (not an IANA zone) or `calendarKey` (no such calendar).',
  })
  @ApiOkResponse({ type: SiteDto })
  @ReadProblems()
  @ProblemResponse(413, 'Body over the configured limit')
  @ProblemResponse(422, 'Unknown time zone or calendar (each one named)')
  async register(
    @Param() params: SiteCodeParamDto,
    @Body() body: RegisterSiteDto,
    @CurrentCaller() caller: Caller,
  ): Promise<SiteDto> {
    const { name, timeZone, calendarKey = null } = body;
    return toSiteDto(
      await this.sites.register(params.code, { name, timeZone, calendarKey }, caller.actor.id),
    );
  }
}
