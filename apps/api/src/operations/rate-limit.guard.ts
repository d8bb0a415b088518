import {
  type CanActivate,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request, type Response } from 'express';
import { AppConfig } from '@recovery/config';

const SKIP_RATE_LIMIT = 'recovery:skip-rate-limit';
const WINDOW_MS = 60_000;

/** Exempts a route (health, metrics) from the rate limit. */
export const SkipRateLimit = (): MethodDecorator & ClassDecorator =>
  SetMetadata(SKIP_RATE_LIMIT, true);

/**
 * RATE_LIMIT_PER_MINUTE requests per client address per minute (fixed window,
 * in memory: one API process; put a shared limiter in front when scaling out).
 * Hand-written because @nestjs/throttler 6 is CommonJS and cannot load
 * ESM-only Nest 12 under jest. It runs before authentication, so token
 * guessing is limited too.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private window = { startedAt: 0, counts: new Map<string, number>() };

  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (
      this.reflector.getAllAndOverride<boolean>(SKIP_RATE_LIMIT, [
        context.getHandler(),
        context.getClass(),
      ])
    ) {
      return true;
    }
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const now = Date.now();
    if (now - this.window.startedAt >= WINDOW_MS)
      this.window = { startedAt: now, counts: new Map() };
    const client = request.ip ?? 'unknown';
    const count = (this.window.counts.get(client) ?? 0) + 1;
    this.window.counts.set(client, count);
    const limit = this.config.rateLimitPerMinute;
    response.setHeader('X-RateLimit-Limit', String(limit));
    response.setHeader('X-RateLimit-Remaining', String(Math.max(limit - count, 0)));
    if (count <= limit) return true;
    response.setHeader(
      'Retry-After',
      String(Math.ceil((this.window.startedAt + WINDOW_MS - now) / 1000)),
    );
    throw new HttpException(
      `more than ${limit} requests per minute; retry later`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
