export class InvalidDatabaseUrlError extends Error {
  constructor(reason: string) {
    super(`DATABASE_URL ${reason}; expected mysql://user:password@host:3306/database`);
    this.name = 'InvalidDatabaseUrlError';
  }
}

/** The server named by DATABASE_URL refused or never answered a connection. */
export class DatabaseUnreachableError extends Error {
  constructor(
    readonly address: DatabaseAddress,
    readonly reason: string,
  ) {
    super(`cannot reach MySQL at ${address.host}:${address.port}/${address.database}: ${reason}`);
    this.name = 'DatabaseUnreachableError';
  }
}

export interface DatabaseAddress {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

export function parseDatabaseUrl(url: string): DatabaseAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidDatabaseUrlError('is not a URL');
  }
  if (parsed.protocol !== 'mysql:') throw new InvalidDatabaseUrlError(`has protocol ${parsed.protocol}`);
  if (!parsed.hostname) throw new InvalidDatabaseUrlError('names no host');
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  // Also what makes the name safe to use as an identifier in CREATE DATABASE.
  if (!/^[A-Za-z0-9_]{1,64}$/.test(database)) throw new InvalidDatabaseUrlError('names no valid database');
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'), // an IPv6 literal loses its URL brackets
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username) || 'root',
    password: decodeURIComponent(parsed.password),
    database,
  };
}

/** A driver error as one line that says where it failed to connect. */
export function describeConnectionError(address: DatabaseAddress, error: unknown): DatabaseUnreachableError {
  const e = error as { code?: string; message?: string };
  return new DatabaseUnreachableError(address, e.code ?? e.message ?? String(error));
}
