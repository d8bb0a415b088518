import { type StoredEvent } from '@recovery/event-store';
import { eventLogFields } from './event-log-fields.util';

/**
 * Column names of the CSV event log (issue 6 §5), in order. The last three (issue 14)
 * place each event in its incident's hash chain, so an export can be checked offline
 * against a signed checkpoint (`npm run audit:verify`).
 */
export const CSV_COLUMNS = [
  'case_id',
  'activity',
  'timestamp',
  'resource',
  'role',
  'policy_key',
  'policy_version',
  'event_id',
  'stream_version',
  'prev_hash',
  'hash',
] as const;

/** The header line, CRLF-terminated as RFC 4180 asks. */
export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/**
 * One field, RFC 4180 quoted when needed. A value starting with = + - @ (or a tab or
 * CR) is prefixed with an apostrophe so a spreadsheet never runs it as a formula: actor
 * ids come from tokens and upstream systems, not from us (OWASP "CSV injection").
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV line of an event, or null when the event belongs to no incident. */
export function csvLine(event: StoredEvent): string | null {
  const fields = eventLogFields(event);
  if (!fields) return null;
  const values = [
    fields.caseId,
    fields.activity,
    fields.timestamp,
    fields.resource,
    fields.role,
    fields.policyKey,
    fields.policyVersion,
    fields.eventId,
    event.streamVersion,
    event.prevHash,
    event.hash,
  ];
  return `${values.map(csvField).join(',')}\r\n`;
}
