import {
  getSchemaPath,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type ReferenceObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { ACCESS_MATRIX, LENT_BY_DELEGATION } from '../auth/access-matrix';
import { ACCESS_EXTENSION, type AccessRule } from '../auth/access.decorator';
import { IDEMPOTENCY_KEY_PATTERN } from './idempotency/idempotency.interceptor';
import { ProblemDetailsDto } from './problem-details.dto';

type Schema = SchemaObject | ReferenceObject;

/** The header IdempotencyInterceptor reads on every POST, with the format it enforces. */
export const IDEMPOTENCY_KEY_PARAMETER: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Retries with the same key replay the first response (Idempotent-Replayed: true); ' +
    'the same key with another body is a 422, while the first is still running a 409',
  schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source, minLength: 1, maxLength: 255 },
};

/**
 * What holds for every operation and that @nestjs/swagger's decorators cannot say:
 * who may call it (from its access rule and the role matrix), a public route's
 * empty `security` (the explorer drops an empty array), the
 * Idempotency-Key header of the global interceptor on each POST with the 409 and 422
 * it answers, and request bodies
 * closed to unknown members (ValidationPipe runs with forbidNonWhitelisted).
 */
export function applyOpenApiConventions(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const closed = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of operationsOf(item)) {
      operation.security ??= [];
      describeAccess(operation);
      if (method === 'post') declareIdempotencyKey(operation);
      for (const media of Object.values(requestContent(operation)))
        if (media.schema) closeObjects(media.schema, schemas, closed);
    }
  }
  return document;
}

function operationsOf(item: object): [string, OperationObject][] {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  return Object.entries(item).filter(([method]) => methods.includes(method)) as [
    string,
    OperationObject,
  ][];
}

// What the interceptor answers on its own, whatever the route: a reused key, a key in use.
const IDEMPOTENCY_PROBLEMS: Record<string, string> = {
  '409': 'A request with this Idempotency-Key is still running: retry after Retry-After',
  '422': 'This Idempotency-Key was used with another request',
};

/** Ends the operation's description with who may call it, from the rule AccessGuard applies. */
function describeAccess(operation: OperationObject): void {
  // Specification extensions are outside OperationObject's type.
  const extensions = operation as unknown as Record<string, AccessRule | undefined>;
  const rule = extensions[ACCESS_EXTENSION];
  if (!rule) return;
  const who = `**Who:** ${whoMay(rule)}`;
  operation.description = operation.description ? `${operation.description}\n\n${who}` : who;
}

function whoMay(rule: AccessRule): string {
  switch (rule.kind) {
    case 'public':
      return 'anyone, without credentials.';
    case 'intake-api-key':
      return 'an upstream system, with its X-Api-Key.';
    case 'user': {
      const lent = LENT_BY_DELEGATION.includes(rule.permission)
        ? ', and anyone holding a delegation in effect'
        : '';
      return `${ACCESS_MATRIX[rule.permission].join(', ')}${lent} (\`${rule.permission}\`), for their sites.`;
    }
    default: {
      const unknown: never = rule;
      return unknown;
    }
  }
}

function declareIdempotencyKey(operation: OperationObject): void {
  const others = (operation.parameters ?? []).filter(
    (parameter) => !('name' in parameter && parameter.name === IDEMPOTENCY_KEY_PARAMETER.name),
  );
  operation.parameters = [IDEMPOTENCY_KEY_PARAMETER, ...others];
  for (const [status, description] of Object.entries(IDEMPOTENCY_PROBLEMS)) {
    operation.responses[status] ??= {
      description,
      content: {
        'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } },
      },
    };
  }
}

function requestContent(operation: OperationObject): Record<string, { schema?: Schema }> {
  const body = operation.requestBody;
  return body && 'content' in body ? body.content : {};
}

/**
 * Marks every object schema under `schema` that lists its properties and says nothing
 * of others as `additionalProperties: false`, following $refs once each. A schema
 * that opens itself (a binary-mode body, a policy's free-form parts) keeps its word.
 */
function closeObjects(schema: Schema, schemas: Record<string, Schema>, closed: Set<string>): void {
  if ('$ref' in schema) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (closed.has(name) || !schemas[name]) return;
    closed.add(name);
    closeObjects(schemas[name], schemas, closed);
    return;
  }
  if (schema.properties && schema.additionalProperties === undefined)
    schema.additionalProperties = false;
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items ? [schema.items] : []),
    ...(schema.allOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
  ];
  for (const child of children) closeObjects(child, schemas, closed);
}
