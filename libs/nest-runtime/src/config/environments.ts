import { IntersectionType } from '@nestjs/mapped-types';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { IsReadableFile } from './readable-file.validator';
import { IsTrustProxySetting, TrustProxySetting, trustProxyOf } from './trust-proxy.setting';

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
/** pino's names for the same levels, which people write as often as Nest's. */
const LOG_LEVEL_ALIASES = new Map([
  ['info', 'log'],
  ['trace', 'verbose'],
  ['fatal', 'error'],
]);

/** Settings shared by every app. */
export class CommonEnvironment {
  @Transform(({ value }) => (typeof value === 'string' ? (LOG_LEVEL_ALIASES.get(value.toLowerCase()) ?? value.toLowerCase()) : value))
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')} (or info, trace, fatal)` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'log';

  /** One JSON object per line (for log collectors) or pretty lines (for people). */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';
}

/** Settings of apps that serve the HTTP API. */
export class HttpEnvironment extends CommonEnvironment {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Largest request body accepted, in body-parser's notation. */
  @Matches(/^\d+(b|kb|mb)$/i, { message: 'must look like 512kb or 1mb' })
  HTTP_BODY_LIMIT = '1mb';

  /** Comma-separated keys accepted in x-api-key, `name:read` for a read-only one; empty means no auth. */
  @IsOptional()
  @IsString()
  @Matches(/^(?!(.*,)?\s*:read\s*(,|$))/, { message: 'a read-only key is written name:read, with a name' })
  API_KEYS?: string;

  /** Requests each client IP may make per minute to /api/v1 (per process); unset means no limit. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE?: number;

  /** The built dashboard's folder; by default dist/apps/dashboard beside the app's own bundle. */
  @IsOptional()
  @IsString()
  DASHBOARD_DIR?: string;
  /**
   * The proxies (a hop count, or their addresses and CIDRs) whose X-Forwarded-For names the client
   * the rate limit counts; unset believes no such header and counts the connecting address.
   */
  @IsOptional()
  @Transform(({ value }) => trustProxyOf(value))
  @IsTrustProxySetting({ message: 'must be a number of proxy hops (1) or a comma-separated list of proxy addresses and CIDRs (10.0.0.0/8)' })
  TRUST_PROXY?: TrustProxySetting;
}

/** Settings of a process that runs a worker. */
export class WorkerEnvironment extends CommonEnvironment {
  @IsOptional()
  @IsString()
  WORKER_ID?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  WORKER_CAPACITY = 10;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3600)
  WORKER_DRAIN_SECONDS = 25;

  /**
   * Lets the http executor call loopback, private and CGNAT addresses (link-local and cloud metadata
   * stay refused). Read from the raw string: implicit conversion would turn "false" into true.
   */
  @Transform(({ obj, key }) => booleanOf((obj as Record<string, unknown>)[key]))
  @IsBoolean({ message: 'must be true or false' })
  HTTP_EXECUTOR_ALLOW_PRIVATE = false;
}

function booleanOf(value: unknown): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

/** The standalone: the HTTP API, a scheduler and one worker in one process, in memory. */
export class StandaloneEnvironment extends IntersectionType(HttpEnvironment, WorkerEnvironment) {
  override PORT = 3001;
  override LOG_FORMAT: 'json' | 'pretty' = 'pretty';
  /** The standalone is for trying things out on one machine, where the endpoints are local. */
  override HTTP_EXECUTOR_ALLOW_PRIVATE = true;
  /** Its tasks live in this process's memory: handing them back on stop keeps nothing, so the wait is short. */
  override WORKER_DRAIN_SECONDS = 5;
}

/** host:port or [ipv6]:port, the port optional; the same again after each comma. */
const SENTINEL_ADDRESS = /(\[[0-9A-Fa-f:.]+\]|[^\s:,[\]]+)(:\d{1,5})?/.source;
const SENTINEL_LIST = new RegExp(`^${SENTINEL_ADDRESS}(,${SENTINEL_ADDRESS})*$`);

/** Where the distributed apps find Redis and MySQL (docs/operations.md, Stores). */
export class StoreEnvironment {
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Every Redis key starts with it, so several installations can share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'must be 1 to 32 letters, digits, _ or -' })
  REDIS_PREFIX = 'asynctask';

  /** A private CA that signed the Redis server's certificate (rediss:// only). */
  @IsOptional()
  @IsReadableFile()
  REDIS_TLS_CA?: string;

  /** A client certificate and its key, for a Redis that asks for one (tls-auth-clients). */
  @IsOptional()
  @IsReadableFile()
  REDIS_TLS_CERT?: string;

  @IsOptional()
  @IsReadableFile()
  REDIS_TLS_KEY?: string;

  /** Sentinels to ask for the master; REDIS_URL's host and port are then not used. */
  @IsOptional()
  @Matches(SENTINEL_LIST, { message: 'must be host:port,host:port,...' })
  REDIS_SENTINELS?: string;

  /** The name the sentinels know the master by. */
  @Matches(/^[^\s]{1,128}$/, { message: 'must be a name without spaces' })
  REDIS_SENTINEL_NAME = 'mymaster';

  /** For sentinels that ask for one (requirepass in sentinel.conf); the master's is REDIS_URL's. */
  @IsOptional()
  @IsString()
  REDIS_SENTINEL_PASSWORD?: string;

  @Matches(/^mysql:\/\/[^\s/]+\/[A-Za-z0-9_]+(\?\S*)?$/, { message: 'must look like mysql://user:password@host:3306/database' })
  DATABASE_URL = 'mysql://root@127.0.0.1:3306/asynctask';

  /** MySQL connections each app may hold at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  DATABASE_POOL_SIZE = 20;
}

/** A headless app (scheduler, worker) serves health and metrics on their own port. */
export class HealthPortEnvironment {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  HEALTH_PORT = 9464;
}

export class GatewayEnvironment extends IntersectionType(HttpEnvironment, StoreEnvironment) {}

export class SchedulerEnvironment extends IntersectionType(CommonEnvironment, StoreEnvironment, HealthPortEnvironment) {
  @IsOptional()
  @IsString()
  SCHEDULER_ID?: string;
}

export class WorkerAppEnvironment extends IntersectionType(WorkerEnvironment, StoreEnvironment, HealthPortEnvironment) {
  override HEALTH_PORT = 9465;
}
