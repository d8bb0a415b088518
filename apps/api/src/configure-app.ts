import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@recovery/config';
import { toRequestValidationFailed } from './common/request-validation.error';
import { CODEC_PATH, codecCors } from './codec/codec-cors.middleware';
import { correlationIdMiddleware } from './common/correlation-id.util';
import { httpMetricsMiddleware } from './operations/http-metrics.middleware';
import { MetricsService } from './operations/metrics.service';
import { openApiDocument, setUpSwagger } from './swagger';
import { methodNotAllowed } from './common/method-not-allowed.middleware';
import { rejectUnstorableInput } from './common/reject-unstorable-input.middleware';
import { mountConsole } from './console/mount-console';

// JSON and its +json relatives: CloudEvents (structured and batch), problem+json.
const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * Everything main.ts, the e2e tests and the OpenAPI generator share: body
 * limits, validation, correlation ids, metrics, logging, the docs and the console. The app
 * must be created with `bodyParser: false` so the limit here is the only one.
 */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  // Metrics and correlation first, so refused bodies are measured and traceable too.
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  app.use(correlationIdMiddleware);
  // One document: the 405s name the methods /docs-json declares.
  const document = openApiDocument(app);
  app.use(CODEC_PATH, codecCors(config.temporal.codecCorsOrigins));
  app.use(methodNotAllowed(document));
  mountConsole(app, config);
  app.useBodyParser('json', { limit: config.httpBodyLimit, type: JSON_TYPES });
  app.use(rejectUnstorableInput);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: toRequestValidationFailed,
    }),
  );
  app.enableShutdownHooks();
  setUpSwagger(app, document);
  return app;
}
