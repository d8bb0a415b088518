export { AuditCheckpointsService, PERIODIC_TAKER } from './audit-checkpoints.service';
export { AuditSigningKey, type SigningKeyJwk, verifySignature } from './audit-signing-key';
export { CheckpointNotFound, CheckpointSignatureInvalid } from './checkpoint.errors';
export { isSignedBy } from './checkpoint-signature.util';
export { checkpointStatement } from './checkpoint-statement.util';
export * from './checkpoint.types';
export {
  checkExportAgainstCheckpoint,
  type ExportCheck,
  type ExportedLink,
  type ExportProblem,
  type ExportProblemReason,
} from './export-against-checkpoint';
