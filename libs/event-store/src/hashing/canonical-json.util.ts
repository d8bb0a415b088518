/**
 * Deterministic JSON for hashing: object keys sorted (UTF-16 code-unit order),
 * no whitespace, `undefined` members dropped, `toJSON` honoured (Dates become ISO
 * strings). The same text is what the store writes as `jsonb`, so re-serialising
 * the value read back yields the same bytes (see verify).
 */
export function canonicalJson(value: unknown): string {
  const text = serialize(value);
  if (text === undefined) throw new TypeError('canonicalJson: value is not serialisable');
  return text;
}

function serialize(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return serialize((value as { toJSON: () => unknown }).toJSON());
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // JSON.stringify would write NaN/Infinity as null: a silent change of data.
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not JSON`);
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? serializeArray(value) : serializeObject(value);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new TypeError('canonicalJson: bigint is not JSON; store it as a string');
  }
}

function serializeArray(items: unknown[]): string {
  return `[${items.map((item) => serialize(item) ?? 'null').join(',')}]`;
}

function serializeObject(object: object): string {
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const text = serialize((object as Record<string, unknown>)[key]);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}
