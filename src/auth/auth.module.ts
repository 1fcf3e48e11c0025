import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminApiKeysController } from './admin-api-keys.controller';
import { AuthController } from './auth.controller';
import { ApiKeyAuthGuard } from './api-key-auth.guard';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKeyService } from './api-key.service';
import { ClientAddressLimits, RateLimiter } from './rate-limiter';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SuppliersRepository } from '../suppliers/suppliers.repository';

/**
 * API keys and the global auth guard. Importing this module protects every route of
 * the app; mark open routes with @Public() and restrict others with @Roles(...).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ApiKeyEntity])],
  controllers: [AdminApiKeysController, AuthController],
  providers: [
    ApiKeyRepository,
    ApiKeyService,
    SuppliersRepository,
    { provide: RateLimiter, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new RateLimiter(config.rateLimitPerMinute) },
    {
      provide: ClientAddressLimits,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new ClientAddressLimits(config.authFailuresPerMinute, config.surveyRateLimitPerMinute),
    },
    { provide: APP_GUARD, useClass: ApiKeyAuthGuard },
  ],
  exports: [ApiKeyService],
})
export class AuthModule {}
