import { INestApplication, RequestMethod, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { DASHBOARD_PATH, dashboardRouter } from './dashboard/dashboard-router';
import { ApiExceptionFilter } from './shared/domain-error.filter';
import { ApiKeyGuard, parseApiKeys } from './shared/api-key.guard';
import { jsonBodiesOnly } from './shared/json-bodies-only';
import { securityHeaders } from './shared/security-headers';
import { createOpenApiDocument } from './openapi/openapi-document';

export interface HttpAppOptions {
  /** Largest JSON body accepted, e.g. '1mb'; larger ones get 413. */
  readonly bodyLimit: string;
  /** Comma-separated API keys; empty means no auth. */
  readonly apiKeys?: string;
  /**
   * Requests per minute each client IP may make to the API; unset means no limit. The app's module
   * must then import RateLimitModule (createHttpApp does).
   */
  readonly rateLimitPerMinute?: number;
  /** The built dashboard (index.html and assets/); without it /dashboard answers 404. */
  readonly dashboardDir?: string;
  /** Express's `trust proxy`: the hops or addresses of the proxies whose X-Forwarded-For names the client. */
  readonly trustProxy?: number | string;
}

export const API_PREFIX = 'api/v1';

/**
 * Everything an app serving the API sets on Nest: security headers, the dashboard, prefix, body limit, validation,
 * the error filter, the rate limit, API keys and the OpenAPI document. The app must be created with
 * `bodyParser: false`.
 */
export function configureHttpApp(app: NestExpressApplication, options: HttpAppOptions): INestApplication {
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  // First, so that answers the body parser refuses (413, 415) carry the headers too.
  app.use(securityHeaders());
  // Outside the API's guards: the dashboard is static files, and it asks for an API key itself.
  app.use(DASHBOARD_PATH, dashboardRouter(options.dashboardDir));
  app.use(jsonBodiesOnly(`/${API_PREFIX}/`));
  app.useBodyParser('json', { limit: options.bodyLimit });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  app.useGlobalFilters(new ApiExceptionFilter());
  // The rate limit runs before the key check, so guessing keys is limited too.
  const rateLimit = options.rateLimitPerMinute === undefined ? [] : [app.get(ThrottlerGuard)];
  app.useGlobalGuards(...rateLimit, new ApiKeyGuard(parseApiKeys(options.apiKeys)));
  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app));
  return app;
}
