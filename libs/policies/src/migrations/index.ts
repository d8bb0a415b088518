import { CreatePolicyVersions1763871000001 } from './create-policy-versions.migration';
import { SeedDefaultPolicies1763871000002 } from './seed-default-policies.migration';

/** The policies lib's migrations, in order; @recovery/database collects them. */
export const policiesMigrations = [
  CreatePolicyVersions1763871000001,
  SeedDefaultPolicies1763871000002,
];
