import { DynamicModule, ExecutionContext, Module } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';

const ONE_MINUTE_MS = 60_000;

/**
 * Provides a ThrottlerGuard that allows each client IP `limitPerMinute` requests to the API per
 * minute (a 429 after that); health, metrics and the docs are not counted. The count lives in this
 * process's memory, so each gateway replica counts on its own.
 */
@Module({})
export class RateLimitModule {
  static forRoot(limitPerMinute: number): DynamicModule {
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: ONE_MINUTE_MS, limit: limitPerMinute }],
          // One budget per client across every route, not one per route (the library's default key).
          generateKey: (_context, tracker, throttlerName) => `${throttlerName}:${tracker}`,
          skipIf: (context) => !isApiRequest(context),
          errorMessage: 'too many requests, retry later',
        }),
      ],
      providers: [ThrottlerGuard],
      exports: [ThrottlerGuard],
    };
  }
}

function isApiRequest(context: ExecutionContext): boolean {
  return context.switchToHttp().getRequest<Request>().path.startsWith('/api/v1/');
}
