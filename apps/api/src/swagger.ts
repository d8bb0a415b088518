import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { applyOpenApiConventions } from './common/openapi-conventions';

/** Each tag's one line, shown by documentation tools above its operations. */
const TAGS: Readonly<Record<string, string>> = {
  incidents: 'Open incidents and complaints, read them, and work them: every command',
  approvals: "The supervisors' inbox: remedies above the frontline limit, approved or denied",
  delegations: 'Lend your authority to decide approvals to someone else for a window',
  policies: 'Versioned recovery policies: deadlines, escalation ladder, remedy limits',
  calendars: 'Versioned business-hours calendars that business-time clocks count in',
  sites: 'The sites incidents belong to and their time zones',
  intake: 'CloudEvents from upstream systems (binary, structured and batch mode)',
  audit: 'The executive audit: conformance, scorecard, hash-chain verification, exports',
  live: 'Server-sent events of incident and approval changes',
  subscriptions: 'Webhook subscriptions: events delivered out as signed CloudEvents',
  'sign-in': 'How people sign in, and who a token belongs to',
  operations: 'Health and metrics for operators and orchestrators',
};

const DESCRIPTION = [
  'Open and work incidents, decide approvals, manage versioned recovery policies, and receive upstream CloudEvents.',
  'Errors are RFC 9457 application/problem+json. Text anywhere in a request (body, query, path) ' +
    'may not hold NUL or unpaired UTF-16 surrogates, which PostgreSQL cannot store: 400 naming the field.',
  'A method a path does not have is a 405 with `Allow`; a 401 carries `WWW-Authenticate` (RFC 6750).',
].join('\n\n');

/** The OpenAPI document generated from the controllers and DTOs. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Service recovery API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addServer('/', 'The API itself, wherever it is served')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
    .build();
  const document = applyOpenApiConventions(SwaggerModule.createDocument(app, config));
  return { ...document, tags: usedTags(document) };
}

// Only tags some operation carries, in the order above: an unused tag is noise in a client.
function usedTags(document: OpenAPIObject): { name: string; description?: string }[] {
  const used = new Set(
    Object.values(document.paths).flatMap((item) =>
      Object.values(item as Record<string, { tags?: string[] }>).flatMap((o) => o.tags ?? []),
    ),
  );
  const known = Object.keys(TAGS).filter((name) => used.has(name));
  const unknown = [...used].filter((name) => !(name in TAGS)).sort();
  return [
    ...known.map((name) => ({ name, description: TAGS[name] })),
    ...unknown.map((name) => ({ name })),
  ];
}

/** Serves the UI at /docs and the JSON at /docs-json. */
export function setUpSwagger(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
