import { RedisOptions } from 'ioredis';
import { readFileSync } from 'node:fs';

/** Files of a private CA, and of a client certificate for servers that ask for one; rediss:// only. */
export interface RedisTlsFiles {
  readonly caFile?: string;
  readonly certFile?: string;
  readonly keyFile?: string;
}

export interface SentinelAddress {
  readonly host: string;
  readonly port: number;
}

/** Where Sentinel is: the master is asked of it, and asked again after each disconnection. */
export interface RedisSentinelSettings {
  readonly sentinels: readonly SentinelAddress[];
  /** The name the sentinels monitor the master under. */
  readonly masterName: string;
  readonly password?: string;
}

export interface RedisConnectionOptions {
  readonly tls?: RedisTlsFiles;
  /** When set, REDIS_URL's host and port are not used; its password, db number and scheme are. */
  readonly sentinel?: RedisSentinelSettings;
}

/** TLS files that do not fit together, or with the URL, or cannot be read. */
export class RedisTlsSettingsError extends Error {
  constructor(reason: string) {
    super(`Redis TLS: ${reason}`);
    this.name = 'RedisTlsSettingsError';
  }
}

export class InvalidSentinelListError extends Error {
  constructor(entry: string) {
    super(`REDIS_SENTINELS has ${JSON.stringify(entry)}, not host:port; expected host:port,host:port,...`);
    this.name = 'InvalidSentinelListError';
  }
}

/** `host:port,[::1]:26379,...` as addresses; a port left out is Sentinel's 26379. */
export function parseSentinelList(list: string): SentinelAddress[] {
  return list.split(',').map((entry) => {
    const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^\s:[\]]+))(?::(\d{1,5}))?$/.exec(entry.trim());
    const port = Number(match?.[3] ?? 26379);
    if (!match || port < 1 || port > 65535) throw new InvalidSentinelListError(entry);
    return { host: match[1] ?? match[2], port };
  });
}

/** The ioredis options for TLS and Sentinel; the URL and the reconnect policy are the caller's. */
export function connectionOptions(url: URL, options: RedisConnectionOptions): RedisOptions {
  const tls = tlsOptions(url, options.tls ?? {});
  const sentinel = options.sentinel;
  if (sentinel === undefined) return tls ? { tls } : {};
  return {
    sentinels: sentinel.sentinels.map(({ host, port }) => ({ host, port })),
    name: sentinel.masterName,
    sentinelPassword: sentinel.password,
    // Over rediss:// the sentinels are spoken to over TLS too, with the same files.
    ...(tls ? { tls, enableTLSForSentinelMode: true, sentinelTLS: tls } : {}),
    // Drop the connection as soon as a sentinel announces a new master, instead of writing to the
    // old one until it is demoted.
    failoverDetector: true,
  };
}

function tlsOptions(url: URL, files: RedisTlsFiles) {
  const named = Object.values(files).some((file) => file !== undefined);
  if (url.protocol !== 'rediss:') {
    if (named) throw new RedisTlsSettingsError('REDIS_TLS_CA, REDIS_TLS_CERT and REDIS_TLS_KEY need a rediss:// REDIS_URL');
    return undefined;
  }
  if ((files.certFile === undefined) !== (files.keyFile === undefined)) {
    throw new RedisTlsSettingsError('REDIS_TLS_CERT and REDIS_TLS_KEY go together');
  }
  return { ca: readTlsFile(files.caFile), cert: readTlsFile(files.certFile), key: readTlsFile(files.keyFile) };
}

function readTlsFile(file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file);
  } catch (error) {
    throw new RedisTlsSettingsError(`cannot read ${file} (${(error as { code?: string }).code ?? String(error)})`);
  }
}
