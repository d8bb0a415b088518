import { Body, Controller, Get, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig, NodeEnvironment } from '@recovery/config';
import { DelegationQueriesService } from '@recovery/delegations';
import { type Caller } from '@recovery/incidents';
import { permissionsOf, type UserRole } from '../auth/access-matrix';
import { Allow, Public } from '../auth/access.decorator';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { signDevelopmentToken } from '../auth/sign-development-token.util';
import { ProblemResponse } from '../common/problem-responses.decorator';
import {
  CurrentUserDto,
  DevelopmentSignInDto,
  DevelopmentTokenDto,
  SignInOptionsDto,
} from './dto/sign-in.dto';

// A shift: long enough not to interrupt a day's work, short enough to expire overnight.
const DEVELOPMENT_TOKEN_HOURS = 10;

/** How people sign in: the console reads these before it shows a sign-in page. */
@ApiTags('sign-in')
@Controller('v1')
export class SignInController {
  constructor(
    private readonly config: AppConfig,
    private readonly delegations: DelegationQueriesService,
  ) {}

  @Get('auth/config')
  @Public()
  @ApiOperation({ summary: 'The ways to sign in that this deployment offers' })
  @ApiOkResponse({ type: SignInOptionsDto })
  options(): SignInOptionsDto {
    const { issuer, clientId } = this.config.auth;
    return {
      developmentSignIn: this.developmentSecret() !== undefined,
      oidc: issuer && clientId ? { issuer, clientId } : null,
    };
  }

  @Post('auth/development-token')
  @HttpCode(201)
  @Public()
  @ApiOperation({
    summary: 'A token for any name, role and sites: outside production only (404 there)',
  })
  @ApiCreatedResponse({ type: DevelopmentTokenDto })
  @ProblemResponse(400, 'Invalid name, role or sites')
  @ProblemResponse(404, 'Development sign-in is off (production, or RS256 tokens only)')
  async developmentToken(@Body() body: DevelopmentSignInDto): Promise<DevelopmentTokenDto> {
    const secret = this.developmentSecret();
    if (!secret) throw new NotFoundException('development sign-in is off in this deployment');
    const { issuer, audience, maxTokenAgeSeconds } = this.config.auth;
    // Never longer than the verifier accepts: a shorter AUTH_MAX_TOKEN_AGE_SECONDS caps the shift.
    const lifetimeMs = Math.min(DEVELOPMENT_TOKEN_HOURS * 3_600_000, maxTokenAgeSeconds * 1000);
    const expiresAt = new Date(Date.now() + lifetimeMs);
    const token = await signDevelopmentToken(
      { sub: subjectOf(body.name), name: body.name.trim(), role: body.role, sites: body.sites },
      secret,
      {
        expiresIn: Math.floor(expiresAt.getTime() / 1000),
        ...(issuer ? { issuer } : {}),
        ...(audience ? { audience } : {}),
      },
    );
    return { token, expiresAt: expiresAt.toISOString() };
  }

  @Get('me')
  @Allow('incident:read')
  @ApiOperation({
    summary: 'Who the token belongs to, and what they may do now',
    description:
      'The permissions of the role, and approval:read and approval:decide while a delegation ' +
      'lent to the caller is in effect (issue 12).',
  })
  @ApiOkResponse({ type: CurrentUserDto })
  async me(@CurrentCaller() caller: Caller): Promise<CurrentUserDto> {
    const role = caller.actor.role as UserRole;
    const holdsDelegation = await this.delegations.holdsOneInEffect(caller.actor.id);
    return {
      sub: caller.actor.id,
      ...(caller.actor.name ? { name: caller.actor.name } : {}),
      role,
      sites: [...caller.sites],
      permissions: permissionsOf(role, holdsDelegation),
    };
  }

  private developmentSecret(): string | undefined {
    if (this.config.environment === NodeEnvironment.Production) return undefined;
    return this.config.auth.jwtSecret;
  }
}

/** A stable actor id for a typed name: "Alice Jansen" signs in as alice-jansen every time. */
function subjectOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'person';
}
