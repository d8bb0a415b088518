import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/access.decorator';
import { SkipRateLimit } from './rate-limit.guard';
import { ProblemResponse } from '../common/problem-responses.decorator';
import { readinessFailure } from './readiness-failure.util';
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

  /**
   * Readiness: PostgreSQL and Temporal both answer (else 503 naming each one down),
   * and whether a worker polls the task queue: none is `degraded`, still 200 (see
   * TemporalHealthIndicator for why).
   */
  @Get()
  // Documented here, not by terminus: its swagger hook loads lazily and differs between jest and node.
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    summary: 'Readiness: PostgreSQL and Temporal answer',
    description:
      'For load balancers and orchestrators: 503 naming each dependency that is down. ' +
      'Whether a worker polls the task queue is reported, not required: without one the ' +
      'status is `degraded` and still 200, since the API itself can serve.',
  })
  @ApiOkResponse({
    description:
      'PostgreSQL and Temporal are up; `status` is `degraded` (still 200) when no worker polls the task queue',
    schema: {
      example: {
        status: 'ok',
        info: {
          postgres: { status: 'up', responseTime: 2 },
          temporal: { status: 'up', workers: { polling: true, pollers: 1 }, responseTime: 3 },
        },
        error: {},
        details: {
          postgres: { status: 'up', responseTime: 2 },
          temporal: { status: 'up', workers: { polling: true, pollers: 1 }, responseTime: 3 },
        },
      },
    },
  })
  @ProblemResponse(503, 'A dependency is down: `dependency` names it, `details.unavailable` all')
  readiness() {
    return this.health
      .check([
        () => this.database.pingCheck('postgres').withTimeout(2000),
        () => this.temporal.check('temporal'),
      ])
      .catch((error: unknown) => {
        throw readinessFailure(error);
      });
  }

  /** Liveness: the process serves HTTP. */
  @Get('live')
  @ApiOperation({
    summary: 'Liveness: the process serves HTTP',
    description: 'Answers without touching any dependency, so an outage never restarts the API.',
  })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
