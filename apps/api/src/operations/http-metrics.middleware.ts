import { type NextFunction, type Request, type Response } from 'express';
import { type MetricsService } from './metrics.service';

/**
 * Times every request. The label is the matched route pattern (`/v1/incidents/:id`),
 * never the raw URL, so ids and junk paths cannot explode the series count.
 */
export function httpMetricsMiddleware(metrics: MetricsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.httpDuration.startTimer();
    response.on('finish', () => {
      const pattern = (request.route as { path?: string } | undefined)?.path;
      const route = pattern ? `${request.baseUrl}${pattern}` : 'unmatched';
      stop({ method: request.method, route, status: String(response.statusCode) });
    });
    next();
  };
}
