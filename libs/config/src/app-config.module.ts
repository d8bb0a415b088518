import { Global, Module } from '@nestjs/common';
import { AppConfig, toAppConfig } from './app-config';
import { validateEnvironment } from './validate-environment';

/**
 * Validates the environment once, when Nest instantiates this provider at
 * boot, and provides the typed {@link AppConfig} to every module.
 *
 * Not `@nestjs/config`: its `ConfigModule.forRoot({ validate })` validates when
 * the module graph is imported, before `bootstrap()` can catch anything, so a
 * bad variable surfaced as an import-time stack trace and the apps needed
 * import-order workarounds. It would add nothing else we use.
 */
@Global()
@Module({
  providers: [
    { provide: AppConfig, useFactory: () => toAppConfig(validateEnvironment(process.env)) },
  ],
  exports: [AppConfig],
})
export class AppConfigModule {}
