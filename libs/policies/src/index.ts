export { PoliciesService } from './policies.service';
export { PoliciesModule } from './policies.module';
export { PolicyVersionRepository } from './policy-version.repository';
export { DEFAULT_POLICIES } from './default-policies';
export { policiesMigrations } from './migrations';
