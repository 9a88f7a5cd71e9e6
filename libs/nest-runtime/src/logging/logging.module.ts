import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, RequestMethod } from '@nestjs/common';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { pino } from 'pino';

export interface LoggingOptions {
  /** Nest's level names, as LOG_LEVEL takes them. */
  readonly level: string;
  /** Human-readable lines (the standalone) instead of one JSON object per line. */
  readonly pretty: boolean;
}

const PINO_LEVELS: Record<string, string> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };
const QUIET_PATHS = ['/health/', '/metrics'];

/**
 * Structured logs with pino: JSON lines in production, pretty in the standalone. Each HTTP request
 * gets an id (x-request-id, kept when the client sends one); bodies, API keys and cookies are never logged.
 */
export function loggingModule(options: LoggingOptions): DynamicModule {
  // One pino instance (one pretty-printing thread) for request logs and all others alike.
  const logger = pino({
    level: PINO_LEVELS[options.level] ?? 'info',
    transport: options.pretty ? { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname' } } : undefined,
    redact: ['req.headers["x-api-key"]', 'req.headers.authorization', 'req.headers.cookie'],
  });
  return LoggerModule.forRoot({
    pinoHttp: {
      logger,
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const given = request.headers['x-request-id'];
        const id = typeof given === 'string' && given.length > 0 && given.length <= 128 ? given : randomUUID();
        response.setHeader('x-request-id', id);
        return id;
      },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      autoLogging: { ignore: (request: IncomingMessage) => QUIET_PATHS.some((path) => request.url?.startsWith(path)) },
    },
    // Every path, in the route syntax of Nest 11 (the library's default `*` draws a warning), also the prefix's root.
    forRoutes: [{ path: '{/*splat}', method: RequestMethod.ALL }],
  });
}

/**
 * Resolves once the log lines written so far are out (pretty lines are printed by another thread),
 * or after `timeoutMs` if that thread is stuck.
 */
export function flushLogs(timeoutMs = 1000): Promise<void> {
  const root = PinoLogger.root as PinoLogger['logger'] | undefined; // set once the app is configured
  return new Promise((resolve) => {
    if (!root) return resolve();
    setTimeout(resolve, timeoutMs).unref();
    root.flush(() => resolve());
  });
}
