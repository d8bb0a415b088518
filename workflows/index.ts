/**
 * Workflow code only (bundled by the worker from this file) plus the message
 * definitions and activity types clients and the worker share.
 */
export { incidentRecovery } from './incident-recovery.workflow';
export * from './incident-recovery.messages';
export type * from './incident-recovery.activities';
