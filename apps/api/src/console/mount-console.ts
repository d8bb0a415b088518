import { type NestExpressApplication } from '@nestjs/platform-express';
import { type NextFunction, type Request, type Response } from 'express';
import { type AppConfig } from '@recovery/config';
import { CONSOLE_PATH, consoleFiles } from './console-files.middleware';

/** The web console at /console; the API's bare origin leads there. */
export function mountConsole(app: NestExpressApplication, config: AppConfig): void {
  app.use(CONSOLE_PATH, consoleFiles(config.consoleDir, config.auth.issuer));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method === 'GET' && request.path === '/') return response.redirect(CONSOLE_PATH);
    next();
  });
}
