import { type NextFunction, type Request, type Response } from 'express';
import { type FieldError, isStorableText, UNSTORABLE_TEXT_MESSAGE } from '@recovery/domain';
import { RequestValidationFailed } from './request-validation.error';

/**
 * How deeply a body or query may nest. The deepest shape this API takes is three levels
 * (a policy's `escalation[0].after`), so 32 is far beyond any real client, while a 10 KB
 * body nested 5,000 deep, which once overflowed the stack here, is refused at once.
 */
export const MAX_INPUT_DEPTH = 32;

/**
 * Refuses, naming each field, what PostgreSQL cannot store (see isStorableText) in a
 * JSON body, the query or the path: accepted, it would fail deep inside a query or an
 * activity (500, or retried forever) instead of at the door. Runs before auth, so the
 * refusal costs no more than the walk: iterative, bounded by MAX_INPUT_DEPTH.
 */
export function rejectUnstorableInput(
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const errors = [
    ...unstorableFields(request.body as unknown, 'body'),
    ...unstorableFields(request.query, 'query'),
    ...(isStorableText(safeDecode(request.path))
      ? []
      : [{ field: 'path', message: UNSTORABLE_TEXT_MESSAGE }]),
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

interface Pending {
  value: unknown;
  path: string;
  depth: number;
}

/**
 * Every unstorable string or property name under `root`, fields named like
 * `fulfilledBy.id` or `items[2]` (`label` for the root itself); one error naming
 * `label` instead when it nests deeper than MAX_INPUT_DEPTH.
 */
function unstorableFields(root: unknown, label: string): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Pending[] = [{ value: root, path: '', depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path, depth } = item;
    const field = path || label;
    if (typeof value === 'string') {
      if (!isStorableText(value)) errors.push({ field, message: UNSTORABLE_TEXT_MESSAGE });
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_INPUT_DEPTH)
        return [{ field: label, message: `must not nest deeper than ${MAX_INPUT_DEPTH} levels` }];
      if (!pushChildren(stack, value, item))
        errors.push({ field, message: `property names ${UNSTORABLE_TEXT_MESSAGE}` });
    }
  }
  return errors;
}

/**
 * Pushes the children of `value` so that they pop in document order; false when a
 * property name is unstorable. Such a name's value is not walked: a field path naming
 * it would put the very character back into the answer.
 */
function pushChildren(stack: Pending[], value: object, parent: Pending): boolean {
  const inArray = Array.isArray(value);
  const entries = Object.entries(value as Record<string, unknown>);
  let namesStorable = true;
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const [key, child] = entries[index];
    if (inArray || isStorableText(key)) {
      const path = childPath(parent.path, key, inArray);
      stack.push({ value: child, path, depth: parent.depth + 1 });
    } else namesStorable = false;
  }
  return namesStorable;
}

function childPath(path: string, key: string, inArray: boolean): string {
  if (inArray) return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
