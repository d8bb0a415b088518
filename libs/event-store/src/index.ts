export * from './event-store.types';
export * from './event-store.error';
export { EventStore, type EventStoreOptions } from './event-store.service';
export { EventStoreModule, type EventStoreModuleAsyncOptions } from './event-store.module';
export { type Projection } from './projections/projection.types';
export { groupByStream } from './projections/group-by-stream.util';
export {
  ProjectionRunner,
  type ProjectionLag,
  type ProjectionProgress,
  type ProjectionRunnerOptions,
} from './projections/projection-runner';
export { UpcasterRegistry, type Upcaster } from './upcasting/upcaster-registry';
export {
  BROKEN_LINK_REASONS,
  type BrokenLink,
  type BrokenLinkReason,
  type VerifyReport,
} from './verification/verify-report';
export { type HeadsDigest, type HeadsSnapshot } from './verification/heads-digest';
export {
  compareHeads,
  digestOfHeads,
  type HeadDifference,
  type HeadDifferenceReason,
  type StreamHead,
} from './verification/stream-heads';
export { canonicalJson } from './hashing/canonical-json.util';
export { eventStoreMigrations } from './migrations';
