/**
 * Builds the HTTP API: the Nest app with body limits, validation, problem+json errors,
 * security headers, metrics, Swagger and the bootstrap admin key. Initialised, not
 * listening: `api.main.ts` listens; tests use `app.getHttpServer()` directly.
 */
import { AppLogger, configureLogging } from './common/logging/app-log';
import { requestContext } from './common/logging/request-context';
import { Logger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { holidayListWarning } from '../domain/calendar/business-calendar';
import { businessCalendarOf } from '../domain/policy/policy.rules';
import { AppModule } from './app.module';
import { ApiKeyService } from './auth/api-key.service';
import { codecCors } from './codec/codec-cors.middleware';
import { ProblemDetailsFilter } from './common/errors/problem-details.filter';
import { installBodyParsers } from './common/http/request-body';
import { securityHeaders } from './common/http/security-headers';
import { methodNotAllowed } from './common/http/method-not-allowed';
import { buildOpenApiDocument, setupSwagger } from './common/openapi/swagger';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig, AppLogLevel } from './config/app-config';
import { MetricsService } from './metrics/metrics.service';

export interface CreateApiAppOptions {
  /** Nest logger levels; `false` silences Nest. Default: from `config.logLevel`. */
  logger?: false | LogLevel[];
  /**
   * Close the app on SIGINT/SIGTERM (`app.enableShutdownHooks()`); default true. A
   * launcher that orders its own shutdown passes false: Nest re-raises the signal
   * once the app is closed.
   */
  enableShutdownHooks?: boolean;
}

export async function createApiApp(config: AppConfig, options: CreateApiAppOptions = {}): Promise<INestApplication> {
  configureLogging({ format: config.logFormat, level: config.logLevel });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: options.logger ?? new AppLogger(),
    // throw start-up errors (bad Temporal address, database down) instead of aborting the process
    abortOnError: false,
  });
  try {
    app.disable('x-powered-by');
    // first: every later middleware, handler and log line runs with the request's id
    app.use(requestContext);
    // middleware order = express order: headers and timing first, then the body parsers
    app.use(securityHeaders);
    app.use('/codec', codecCors(config.codecCorsOrigins));
    app.use(app.get(MetricsService).httpMiddleware());
    app.use(methodNotAllowed(() => buildOpenApiDocument(app).paths as Record<string, Record<string, unknown>>));
    installBodyParsers(app, config.bodyLimit);
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter());
    if (options.enableShutdownHooks !== false) app.enableShutdownHooks();
    setupSwagger(app);
    if (!config.payloadCodec) {
      new Logger('Security').warn('PAYLOAD_CODEC_KEYS is not set: Temporal payloads (customer data) are NOT encrypted');
    }
    const holidays = holidayListWarning(businessCalendarOf(config.policy), Date.now());
    if (holidays) new Logger('Policy').warn(holidays);
    await app.get(ApiKeyService).ensureBootstrapAdmin(config.adminApiKey);
    await app.init();
    return app;
  } catch (err) {
    await app.close().catch(() => undefined);
    throw err;
  }
}
