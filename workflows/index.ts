/**
 * Workflow code only (bundled by the worker from this file) plus the message
 * definitions and activity types clients and the worker share.
 */
export { incidentRecovery } from './incident-recovery.workflow';
export * from './incident-recovery.messages';
export * from './incident-recovery.activities';
export { INCIDENT_SEARCH_ATTRIBUTE_NAMES, INCIDENT_SEARCH_ATTRIBUTES } from './search-attributes';
export * from './delegation-expiry.workflow';
