import { CreateDelegations1765300000001 } from './create-delegations.migration';

/** The delegations lib's migrations, in order; @recovery/database collects them. */
export const delegationsMigrations = [CreateDelegations1765300000001];
