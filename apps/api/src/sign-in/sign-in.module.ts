import { Module } from '@nestjs/common';
import { SignInController } from './sign-in.controller';

/** Sign-in options, development tokens and the caller's own identity. */
@Module({ controllers: [SignInController] })
export class SignInModule {}
