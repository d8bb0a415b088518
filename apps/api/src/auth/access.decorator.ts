import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiSecurity } from '@nestjs/swagger';
import { ProblemResponse } from '../common/problem-responses.decorator';
import { type Permission } from './access-matrix';

export const ACCESS_RULE = 'recovery:access-rule';

/** How a route authenticates its caller; AccessGuard refuses routes without one. */
export type AccessRule =
  { kind: 'public' } | { kind: 'user'; permission: Permission } | { kind: 'intake-api-key' };

/** The OpenAPI extension that carries a route's access rule (the document says who may call). */
export const ACCESS_EXTENSION = 'x-access';

// The rule for AccessGuard, and the same rule in the document.
const Access = (rule: AccessRule): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiExtension(ACCESS_EXTENSION, rule));

/** A route for people with a bearer token whose role grants `permission`. */
export const Allow = (permission: Permission): MethodDecorator & ClassDecorator =>
  applyDecorators(
    Access({ kind: 'user', permission }),
    ApiBearerAuth('bearer'),
    ProblemResponse(401, 'Missing or invalid bearer token'),
    ProblemResponse(403, `Role may not ${permission}, or the resource is on another site`),
    ProblemResponse(429, 'Rate limit exceeded'),
  );

/** A route anyone may call (health, metrics). */
export const Public = (): MethodDecorator & ClassDecorator => Access({ kind: 'public' });

/** A route for upstream systems, authenticated by their X-Api-Key. */
export const IntakeApiKey = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    Access({ kind: 'intake-api-key' }),
    ApiSecurity('api-key'),
    ProblemResponse(401, 'Missing or unknown X-Api-Key'),
    ProblemResponse(429, 'Rate limit exceeded'),
  );
