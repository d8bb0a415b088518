import { type IncomingHttpHeaders } from 'node:http';

const CE_PREFIX = 'ce-';

/** True when the request carries any CloudEvents attribute as a `ce-*` header. */
export function hasCeHeaders(headers: IncomingHttpHeaders): boolean {
  return Object.keys(headers).some((name) => name.startsWith(CE_PREFIX));
}

/**
 * A binary-mode event (CloudEvents HTTP binding 3.1) as the structured object it
 * stands for: each `ce-<name>` header is the attribute `<name>`, Content-Type is
 * `datacontenttype` and the body is `data`, absent when the request has no body.
 * The result is validated like any structured event; header names in its errors
 * come back through `binaryFieldName`.
 */
export function eventOfBinaryMessage(
  headers: IncomingHttpHeaders,
  body: unknown,
): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!name.startsWith(CE_PREFIX) || value === undefined) continue;
    event[name.slice(CE_PREFIX.length)] = decodeHeaderValue(value);
  }
  if (headers['content-type'] !== undefined) event.datacontenttype = headers['content-type'];
  if (hasBody(headers)) event.data = body;
  return event;
}

/** Where a field of a binary-mode event was sent: attributes are headers, data the body. */
export function binaryFieldName(field: string): string {
  if (field === 'datacontenttype') return 'Content-Type';
  if (field === 'data' || field.startsWith('data.')) return field;
  return CE_PREFIX + field;
}

// The binding percent-encodes header values, but not every SDK does (the JS SDK sends
// them raw), so a value that is not valid percent-encoding is taken as it came.
function decodeHeaderValue(value: string | string[]): string {
  const joined = Array.isArray(value) ? value.join(',') : value;
  try {
    return decodeURIComponent(joined);
  } catch {
    return joined;
  }
}

// As type-is's hasBody: a request has a body when it declares one by length or chunking.
function hasBody(headers: IncomingHttpHeaders): boolean {
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}
