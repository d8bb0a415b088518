import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../apps/api/src/app.module';
import { openApiDocument } from '../../apps/api/src/swagger';
import { OPENAPI_PATH } from './openapi-path';

/**
 * Writes docs/openapi.json from the controllers and DTOs. Preview mode builds the
 * module graph without instantiating providers, so no database or Temporal is needed.
 */
async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  const target = resolve(process.argv[2] ?? OPENAPI_PATH);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(openApiDocument(app), null, 2)}\n`);
  await app.close();
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(
    `openapi generation failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
