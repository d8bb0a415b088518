import { Module } from '@nestjs/common';
import { PoliciesModule } from '@recovery/policies';
import { PoliciesController } from './policies.controller';

/** HTTP for versioned recovery policies. */
@Module({ imports: [PoliciesModule], controllers: [PoliciesController] })
export class PoliciesApiModule {}
