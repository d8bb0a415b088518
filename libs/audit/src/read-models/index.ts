import { AddAuditBusinessTime1765410000001 } from './add-audit-business-time.migration';
import { CreateAuditCheckpoints1765500000001 } from './create-audit-checkpoints.migration';
import { CreateAuditIndexes1763874000002 } from './create-audit-indexes.migration';
import { CreateAuditTables1763874000001 } from './create-audit-tables.migration';

/** The audit library's migrations, in order; @recovery/database collects them. */
export const auditMigrations = [
  CreateAuditTables1763874000001,
  CreateAuditIndexes1763874000002,
  AddAuditBusinessTime1765410000001,
  CreateAuditCheckpoints1765500000001,
];
