import { CreateAppendFunction1763870000002 } from './create-append-function.migration';
import { CreateEventTables1763870000001 } from './create-event-tables.migration';
import { CreateImmutabilityTriggers1763870000003 } from './create-immutability-triggers.migration';
import { CreateProjectionCheckpoints1763870000004 } from './create-projection-checkpoints.migration';
import { CreateSingleAppendFunction1763870000005 } from './create-single-append-function.migration';
import { PinAppendLookupsToIndexes1763870000006 } from './pin-append-lookups-to-indexes.migration';

/** The event store's migrations, in order; @recovery/database collects them. */
export const eventStoreMigrations = [
  CreateEventTables1763870000001,
  CreateAppendFunction1763870000002,
  CreateImmutabilityTriggers1763870000003,
  CreateProjectionCheckpoints1763870000004,
  CreateSingleAppendFunction1763870000005,
  PinAppendLookupsToIndexes1763870000006,
];
