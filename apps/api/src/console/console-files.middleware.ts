import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { consoleContentSecurityPolicy } from './content-security-policy';

/** Where the console lives on the API's origin. */
export const CONSOLE_PATH = '/console';

// Vite names every built asset by its content hash, so a cached copy is never stale.
const HASHED_ASSET = /^\/assets\//;
// A source map publishes the console's source: never served, even if a build wrote one.
const SOURCE_MAP = /\.map$/i;

/**
 * Serves the built console under /console: hashed assets cached for a year,
 * index.html never cached (it names the current assets), source maps never, and
 * every other path under /console answered with index.html so the console's
 * router can take it.
 */
export function consoleFiles(directory: string, identityProvider?: string): RequestHandler {
  const root = resolve(directory);
  const index = resolve(root, 'index.html');
  const policy = consoleContentSecurityPolicy(identityProvider);
  const files = express.static(root, {
    index: false,
    // /console is a page of the app, not a directory to redirect to /console/.
    redirect: false,
    setHeaders: (response: Response) => {
      const cached = HASHED_ASSET.test(response.req.path);
      response.setHeader(
        'Cache-Control',
        cached ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    setSecurityHeaders(response, policy);
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!existsSync(index)) return notBuilt(response);
    if (SOURCE_MAP.test(request.path)) return next();
    files(request, response, () => {
      // Unknown assets are 404s; any other path is a page of the single-page app.
      if (HASHED_ASSET.test(request.path)) return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  };
}

function setSecurityHeaders(response: Response, policy: string): void {
  response.setHeader('Content-Security-Policy', policy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
}

function notBuilt(response: Response): void {
  response
    .status(503)
    .type('text/plain')
    .send('The console is not built: run `npm run build` (npm start does it for you).\n');
}
