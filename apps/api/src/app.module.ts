import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AppConfigModule } from '@recovery/config';
import { DatabaseModule } from '@recovery/database';
import { PersonalDataModule } from '@recovery/personal-data';
import { ApprovalsModule } from './approvals/approvals.module';
import { AuditHttpModule } from './audit/audit-http.module';
import { AuthModule } from './auth/auth.module';
import { CalendarsApiModule } from './calendars/calendars-api.module';
import { CodecModule } from './codec/codec.module';
import { CommonModule } from './common/common.module';
import { CustomersApiModule } from './customers/customers-api.module';
import { DelegationsApiModule } from './delegations/delegations-api.module';
import { TemporalClientGlobalModule } from './common/temporal-client-global.module';
import { IdempotencyInterceptor } from './common/idempotency/idempotency.interceptor';
import { RevealPersonalDataInterceptor } from './common/personal-data/reveal-personal-data.interceptor';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { IncidentsApiModule } from './incidents/incidents-api.module';
import { IntakeModule } from './intake/intake.module';
import { LiveModule } from './live/live.module';
import { loggingOptions } from './operations/logging.options';
import { OperationsModule } from './operations/operations.module';
import { PoliciesApiModule } from './policies/policies-api.module';
import { RateLimitGuard } from './operations/rate-limit.guard';
import { SignInModule } from './sign-in/sign-in.module';
import { SitesModule } from './sites/sites.module';
import { SubscriptionsApiModule } from './subscriptions/subscriptions-api.module';

/**
 * The HTTP API: composition only. Guards run in this order: rate limit first
 * (cheap, protects the token check), then AccessGuard (registered by AuthModule).
 */
@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggingOptions }),
    DatabaseModule,
    TemporalClientGlobalModule,
    CommonModule,
    PersonalDataModule,
    AuthModule,
    OperationsModule,
    IncidentsApiModule,
    ApprovalsModule,
    DelegationsApiModule,
    PoliciesApiModule,
    CalendarsApiModule,
    IntakeModule,
    AuditHttpModule,
    LiveModule,
    SignInModule,
    SitesModule,
    SubscriptionsApiModule,
    CustomersApiModule,
    CodecModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    // Outermost first: answers are revealed after idempotency stored them sealed.
    { provide: APP_INTERCEPTOR, useClass: RevealPersonalDataInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class AppModule {}
