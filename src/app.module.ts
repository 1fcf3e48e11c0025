import { DynamicModule, Module, type Type } from '@nestjs/common';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ClaimsModule } from './claims/claims.module';
import { CodecModule } from './codec/codec.module';
import { ConsoleModule } from './console/console.module';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { DatabaseModule } from './database/database.module';
import { DisputesModule } from './disputes/disputes.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { ReviewsModule } from './reviews/reviews.module';
import { SuppliersModule } from './suppliers/suppliers.module';
import { SurveysModule } from './surveys/surveys.module';
import { TemporalModule } from './temporal/temporal.module';

/**
 * ─── FEATURE MODULES ────────────────────────────────────────────────────────────
 * Register each feature module here. They can inject, without importing anything:
 *   @Inject(APP_CONFIG) config: AppConfig, @Inject(TEMPORAL_CLIENT) client: Client,
 *   MetricsService, and TypeORM repositories of their own entities (list the entity in
 *   src/database/entities.ts and in the module's TypeOrmModule.forFeature([...])).
 * Every route needs an API key unless marked @Public(); restrict with @Roles(...).
 * ─────────────────────────────────────────────────────────────────────────────────
 */
const FEATURE_MODULES: (Type | DynamicModule)[] = [
  ClaimsModule,
  AuditModule,
  CodecModule,
  DisputesModule,
  SuppliersModule,
  SurveysModule,
  ReviewsModule,
  AnalyticsModule,
  ConsoleModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule,
        TemporalModule,
        MetricsModule,
        AuthModule,
        HealthModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
