import { MethodNotAllowedException } from '@nestjs/common';
import { type OpenAPIObject } from '@nestjs/swagger';
import { type NextFunction, type Request, type Response } from 'express';

/** The operations' methods as OpenAPI names them (path items also hold `parameters`, …). */
const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface DocumentedPath {
  matches: RegExp;
  /** Templated segments: OpenAPI matches concrete paths before templated ones. */
  templatedSegments: number;
  methods: string[];
}

/**
 * RFC 9110 §15.5.6: a method the target resource does not support is a 405 with an
 * `Allow` header, not the 404 of an unknown path; OPTIONS is answered with that list.
 * The resources are the documented paths, so `Allow` names what the OpenAPI document
 * declares. A method some matching path takes (PUT /v1/sites/{code} for
 * /v1/sites/time-zones) goes on to the router: it is not this middleware's to refuse.
 */
export function methodNotAllowed(
  document: OpenAPIObject,
): (request: Request, response: Response, next: NextFunction) => void {
  const paths = Object.entries(document.paths).map(([template, item]) =>
    documentedPath(template, item as Record<string, unknown>),
  );
  return (request, response, next) => {
    const matching = paths.filter((path) => path.matches.test(request.path));
    if (matching.length === 0) return next();
    const method = request.method.toUpperCase();
    if (matching.some((path) => takes(path, method))) return next();
    response.setHeader('Allow', allowedMethods(mostConcrete(matching)).join(', '));
    if (method === 'OPTIONS') {
      response.status(204).end();
      return;
    }
    throw new MethodNotAllowedException(`${method} is not allowed on ${request.path}`);
  };
}

function documentedPath(template: string, item: Record<string, unknown>): DocumentedPath {
  const segments = template
    .split('/')
    .map((segment) =>
      /^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return {
    // Express routes case-insensitively and with an optional trailing slash.
    matches: new RegExp(`^${segments.join('/')}/?$`, 'i'),
    templatedSegments: segments.filter((segment) => segment === '[^/]+').length,
    methods: OPERATION_METHODS.filter((method) => method in item).map((method) =>
      method.toUpperCase(),
    ),
  };
}

// Express answers HEAD with the GET route.
function takes(path: DocumentedPath, method: string): boolean {
  return path.methods.includes(method) || (method === 'HEAD' && path.methods.includes('GET'));
}

function mostConcrete(paths: DocumentedPath[]): DocumentedPath {
  return paths.reduce((best, path) =>
    path.templatedSegments < best.templatedSegments ? path : best,
  );
}

function allowedMethods(path: DocumentedPath): string[] {
  const implicit = [...(path.methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
  return [...path.methods, ...implicit.filter((method) => !path.methods.includes(method))];
}
