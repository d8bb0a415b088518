/**
 * A copy of `document` with the value at a dotted path replaced (`remedies.0.frontlineLimit`);
 * objects and arrays along the path are copied, never mutated, so React sees a new draft.
 * `undefined` removes the member, as an emptied optional field should.
 */
export function withValueAt<T>(document: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const container: unknown = document;
  if (head === undefined || head === '') return value as T;
  const copy = (
    Array.isArray(container) ? [...(container as unknown[])] : { ...(container as object) }
  ) as Record<string, unknown>;
  const next = rest.length === 0 ? value : withValueAt(copy[head] ?? {}, rest.join('.'), value);
  if (next === undefined && !Array.isArray(container)) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** The value at a dotted path, undefined where the path leads nowhere. */
export function valueAt(document: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, name) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[name]
          : undefined,
      document,
    );
}
