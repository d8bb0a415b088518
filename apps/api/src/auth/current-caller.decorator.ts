import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { type Caller } from '@recovery/incidents';
import { type ApiRequest } from '../common/api-request';
import { correlationIdOf } from '../common/correlation-id.util';
import { IDEMPOTENCY_KEY_HEADER } from '../common/idempotency/idempotency.interceptor';

/** The authenticated person behind the request, as the incident library expects a caller. */
export const CurrentCaller = createParamDecorator(
  (_: unknown, context: ExecutionContext): Caller => {
    const request = context.switchToHttp().getRequest<ApiRequest>();
    const user = request.user;
    if (!user) throw new UnauthorizedException('no authenticated user on this route');
    // IdempotencyInterceptor has already refused a malformed key.
    const idempotencyKey = request.headers[IDEMPOTENCY_KEY_HEADER];
    return {
      actor: { id: user.sub, role: user.role, ...(user.name ? { name: user.name } : {}) },
      sites: user.sites,
      correlationId: correlationIdOf(request),
      ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
    };
  },
);
