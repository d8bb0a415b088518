/**
 * A validated body as the plain JSON document the domain stores (policies, calendars):
 * DTO instances carry absent optional fields as `undefined` members.
 */
export function toPlainDocument(body: object): unknown {
  return JSON.parse(JSON.stringify(body));
}
