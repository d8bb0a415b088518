/** The NOTIFY channel the read-model triggers write to (one name, the migration's). */
export { LIVE_CHANGES_CHANNEL } from '@recovery/incidents/migrations';

/** An incident's row in the read model changed: a new stream version or status. */
export interface IncidentChange {
  kind: 'incident';
  incidentId: string;
  site: string;
  version: number;
  status: string;
}

/** An approval request was created or decided (granted, denied, expired). */
export interface ApprovalChange {
  kind: 'approval';
  approvalId: string;
  incidentId: string;
  site: string;
  status: string;
}

/** One change the live stream tells its subscribers about. */
export type LiveChange = IncidentChange | ApprovalChange;

/**
 * Reads a NOTIFY payload written by the triggers; undefined for anything else,
 * so a foreign or malformed notification on the channel is dropped, not relayed.
 */
export function parseLiveChange(payload: string | undefined): LiveChange | undefined {
  const value = parseJson(payload);
  if (!isRecord(value)) return undefined;
  const { kind, incidentId, site, status } = value;
  if (!isText(incidentId) || !isText(site) || !isText(status)) return undefined;
  if (kind === 'incident' && Number.isInteger(value.version)) {
    return { kind, incidentId, site, version: value.version as number, status };
  }
  if (kind === 'approval' && isText(value.approvalId)) {
    return { kind, approvalId: value.approvalId, incidentId, site, status };
  }
  return undefined;
}

function parseJson(payload: string | undefined): unknown {
  if (payload === undefined) return undefined;
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return undefined; // not ours: parseLiveChange drops it
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
