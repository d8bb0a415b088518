/** The id of an incident's recovery workflow: derived from the incident id, so starts are idempotent. */
export function incidentWorkflowId(incidentId: string): string {
  return `incident-recovery-${incidentId}`;
}
