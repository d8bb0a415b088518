import { type ExecutionContext, HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type AppConfig } from '@recovery/config';
import { RateLimitGuard } from './rate-limit.guard';

function contextFor(ip: string, headers: Record<string, string>): ExecutionContext {
  return {
    getHandler: () => () => undefined,
    getClass: () => class {},
    switchToHttp: () => ({
      getRequest: () => ({ ip }),
      getResponse: () => ({ setHeader: (name: string, value: string) => (headers[name] = value) }),
    }),
  } as unknown as ExecutionContext;
}

describe('RateLimitGuard', () => {
  it('lets RATE_LIMIT_PER_MINUTE requests per address through, then answers 429 with Retry-After', () => {
    const guard = new RateLimitGuard(new Reflector(), { rateLimitPerMinute: 2 } as AppConfig);
    const headers: Record<string, string> = {};
    expect(guard.canActivate(contextFor('10.0.0.1', headers))).toBe(true);
    expect(guard.canActivate(contextFor('10.0.0.1', headers))).toBe(true);
    expect(() => guard.canActivate(contextFor('10.0.0.1', headers))).toThrow(HttpException);
    expect(headers['Retry-After']).toMatch(/^\d+$/);
    expect(guard.canActivate(contextFor('10.0.0.2', {}))).toBe(true);
  });
});
