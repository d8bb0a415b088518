import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PoliciesService } from './policies.service';
import { PolicyVersionRepository } from './policy-version.repository';

/** Policies on the application's TypeORM DataSource (registered by DatabaseModule). */
@Module({
  providers: [
    {
      provide: PolicyVersionRepository,
      inject: [getDataSourceToken()],
      useFactory: (ds: DataSource) => new PolicyVersionRepository(ds),
    },
    PoliciesService,
  ],
  exports: [PoliciesService],
})
export class PoliciesModule {}
