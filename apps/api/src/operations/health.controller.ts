import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/access.decorator';
import { SkipRateLimit } from './rate-limit.guard';
import { ProblemResponse } from '../common/problem-responses.decorator';
import { TemporalHealthIndicator } from './temporal.health';

@ApiTags('operations')
@Public()
@SkipRateLimit()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
  ) {}

  /** Readiness: PostgreSQL and Temporal both answer. */
  @Get()
  // Documented here, not by terminus: its swagger hook loads lazily and differs between jest and node.
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({
    description: 'PostgreSQL and Temporal are up',
    schema: {
      example: {
        status: 'ok',
        info: { postgres: { status: 'up' } },
        error: {},
        details: { postgres: { status: 'up' }, temporal: { status: 'up' } },
      },
    },
  })
  @ProblemResponse(503, 'A dependency is down')
  readiness() {
    return this.health.check([
      () => this.database.pingCheck('postgres').withTimeout(2000),
      () => this.temporal.check('temporal'),
    ]);
  }

  /** Liveness: the process serves HTTP. */
  @Get('live')
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
