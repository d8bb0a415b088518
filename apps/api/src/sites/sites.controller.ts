import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@recovery/config';
import { Allow } from '../auth/access.decorator';
import { SiteTimeZonesDto } from './dto/site-time-zones.dto';

/** Where each site keeps its clocks, so clients show times in site time. */
@ApiTags('sites')
@Controller('v1/sites')
export class SitesController {
  constructor(private readonly config: AppConfig) {}

  @Get('time-zones')
  @Allow('incident:read')
  @ApiOperation({ summary: "Each site's time zone (SITE_TIME_ZONES), for showing site time" })
  @ApiOkResponse({ type: SiteTimeZonesDto })
  timeZones(): SiteTimeZonesDto {
    const { sites, otherSites } = this.config.siteTimeZones;
    return { items: [...sites].map(([site, timeZone]) => ({ site, timeZone })), otherSites };
  }
}
