import { Module } from '@nestjs/common';
import { DelegationsModule } from '@recovery/delegations';
import { SignInController } from './sign-in.controller';

/** Sign-in options, development tokens and the caller's own identity (with what delegations lend). */
@Module({ imports: [DelegationsModule], controllers: [SignInController] })
export class SignInModule {}
