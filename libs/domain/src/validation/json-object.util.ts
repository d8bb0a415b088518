/** A parsed JSON object (not null, not an array), before its fields are checked. */
export type JsonObject = Record<string, unknown>;

/** True for a JSON object: the shape every document validator starts from. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
