import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Connection } from '@temporalio/client';

/** Temporal readiness: the frontend answers its gRPC health check. */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly connection: Connection,
  ) {}

  /** A health check attempt keyed `key`. */
  check(key: string) {
    return this.health
      .check(key)
      .attempt(async () => {
        await this.connection.healthService.check({});
      })
      .withTimeout(2000);
  }
}
