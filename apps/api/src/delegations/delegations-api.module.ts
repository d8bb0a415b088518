import { Module } from '@nestjs/common';
import { DelegationsModule } from '@recovery/delegations';
import { DelegationsController } from './delegations.controller';

/** HTTP for dated approval delegation (issue 12). */
@Module({ imports: [DelegationsModule], controllers: [DelegationsController] })
export class DelegationsApiModule {}
