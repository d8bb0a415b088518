import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DelegationsModule } from '@recovery/delegations';
import { AccessGuard } from './access.guard';
import { TokenVerifier } from './token-verifier.service';

/**
 * Bearer-token and API-key authentication with the route × role matrix, and the
 * approval permissions a delegation in effect lends (hence the delegations read model).
 */
@Module({
  imports: [DelegationsModule],
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [TokenVerifier],
})
export class AuthModule {}
