export { DelegationsModule } from './delegations.module';
export { DelegationCommandsService } from './delegation-commands.service';
export { DelegationQueriesService } from './delegation-queries.service';
export {
  asDelegationEvent,
  DELEGATION_EXPIRY_ACTOR,
  type DelegationOrigin,
  DelegationStreams,
} from './delegation-streams';
export {
  delegationInlineProjections,
  delegationReadModelProjection,
} from './projection/delegation-read-model.projection';
export { delegationsMigrations } from './migrations';
