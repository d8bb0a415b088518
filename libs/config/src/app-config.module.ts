import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AppConfig, toAppConfig } from './app-config';
import { EnvironmentVariables } from './environment-variables';
import { validateEnvironment } from './validate-environment';

/**
 * Validates the environment once at boot (through @nestjs/config) and provides
 * the typed {@link AppConfig} to every module.
 */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ ignoreEnvFile: true, validate: validateEnvironment })],
  providers: [
    {
      provide: AppConfig,
      inject: [ConfigService],
      useFactory: (config: ConfigService<EnvironmentVariables, true>): AppConfig =>
        toAppConfig(readValidatedEnvironment(config)),
    },
  ],
  exports: [AppConfig],
})
export class AppConfigModule {}

// ConfigService.get answers from the validated (typed, defaulted) variables.
function readValidatedEnvironment(
  config: ConfigService<EnvironmentVariables, true>,
): EnvironmentVariables {
  const names = Object.keys(new EnvironmentVariables()) as (keyof EnvironmentVariables)[];
  const entries = names.map((name): [string, unknown] => [name, config.get(name, { infer: true })]);
  return Object.assign(new EnvironmentVariables(), Object.fromEntries(entries));
}
