import { CreateCustomerDataKeys1766100000001 } from './create-customer-data-keys.migration';

/** The personal-data lib's migrations, in order; @recovery/database collects them. */
export const personalDataMigrations = [CreateCustomerDataKeys1766100000001];
