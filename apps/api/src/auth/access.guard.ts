import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '@recovery/config';
import { DelegationQueriesService } from '@recovery/delegations';
import { type ApiRequest } from '../common/api-request';
import { allows, type Permission } from './access-matrix';
import { ACCESS_RULE, type AccessRule } from './access.decorator';
import { apiKeyRequired, bearerTokenRequired } from './authentication-challenges';
import { systemForApiKey } from './intake-api-keys.util';
import { type AuthenticatedUser } from './authenticated-user';
import { TokenVerifier } from './token-verifier.service';

/**
 * The one gate in front of every route. It fails closed: a handler without an
 * access rule is refused, so forgetting the decorator cannot open a route.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly config: AppConfig,
    private readonly delegations: DelegationQueriesService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<ApiRequest>();
    if (!rule) throw new ForbiddenException('this route declares no access rule');
    switch (rule.kind) {
      case 'public':
        return true;
      case 'intake-api-key':
        request.intakeSystem = this.intakeSystem(request);
        return true;
      case 'user': {
        const user = await this.verifier.verify(bearerToken(request));
        if (!(await this.mayUse(user, rule.permission))) {
          throw new ForbiddenException(`role ${user.role} may not ${rule.permission}`);
        }
        request.user = user;
        return true;
      }
      default: {
        const unknown: never = rule;
        throw new ForbiddenException(`unknown access rule ${JSON.stringify(unknown)}`);
      }
    }
  }

  /**
   * `allows`, asked lazily: the delegations read model is queried only when the role
   * refuses a permission a delegation lends, so most requests never touch it. The
   * delegation opens the route; which approvals it lets the delegate decide is the
   * domain's check against the delegation itself.
   */
  private async mayUse(user: AuthenticatedUser, permission: Permission): Promise<boolean> {
    if (allows(user.role, permission, false)) return true;
    if (!allows(user.role, permission, true)) return false;
    return this.delegations.holdsOneInEffect(user.sub);
  }

  private intakeSystem(request: ApiRequest): string {
    const header = request.headers['x-api-key'];
    const system = systemForApiKey(
      this.config.intakeApiKeys,
      typeof header === 'string' ? header : undefined,
    );
    if (!system) throw apiKeyRequired('missing or unknown X-Api-Key');
    return system;
  }
}

function bearerToken(request: ApiRequest): string {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) {
    throw bearerTokenRequired('an Authorization: Bearer token is required');
  }
  return token;
}
