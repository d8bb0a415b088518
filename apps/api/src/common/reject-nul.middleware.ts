import { type NextFunction, type Request, type Response } from 'express';
import { type FieldError } from '@recovery/domain';
import { RequestValidationFailed } from './request-validation.error';

/**
 * PostgreSQL text and jsonb cannot hold U+0000, so a "\u0000" in a JSON string, a
 * query parameter or a path segment would fail deep inside a query or an activity
 * (500, or retried forever) instead of at the door. Refused here, naming each field.
 */
export function rejectNulCharacters(
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const errors = [
    ...nulFields(request.body as unknown, ''),
    ...nulFields(request.query, ''),
    ...(safeDecode(request.path).includes('\u0000')
      ? [{ field: 'path', message: 'must not contain the NUL character' }]
      : []),
  ];
  if (errors.length > 0) throw new RequestValidationFailed(errors);
  next();
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a malformed escape is express's to refuse, not ours
  }
}

function nulFields(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? [{ field: path || 'body', message: 'must not contain the NUL character' }]
      : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => nulFields(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes('\u0000')
        ? [{ field: path || 'body', message: 'property names must not contain NUL' }]
        : []),
      ...nulFields(item, path ? `${path}.${key}` : key),
    ]);
  }
  return [];
}
