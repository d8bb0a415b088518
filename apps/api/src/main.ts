import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@recovery/config';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

/** Boots the HTTP API; any boot failure ends in one clear line and exit code 1. */
async function bootstrap(): Promise<void> {
  // No logger until configureApp installs pino: boot failures print one line below.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bodyParser: false,
    logger: false,
    abortOnError: false,
  });
  configureApp(app);
  const config = app.get(AppConfig);
  if (config.auth.usingDevelopmentSecret) {
    console.warn(
      'WARNING: AUTH_JWT_SECRET is not set; using the built-in development secret. Never do this in production.',
    );
  }
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  console.log(`API listening on ${url} (OpenAPI UI ${url}/docs, JSON ${url}/docs-json)`);
}

bootstrap().catch((error: unknown) => {
  console.error(`api failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
