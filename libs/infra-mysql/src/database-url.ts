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

/** The server answered but would not let the user in: a wrong password, or a user unknown from this host. */
export class DatabaseLoginRefusedError extends Error {
  constructor(
    readonly address: DatabaseAddress,
    readonly code: string,
  ) {
    super(`MySQL at ${address.host}:${address.port} refused the login for user ${address.user}: wrong password, or no such user for this host (${code})`);
    this.name = 'DatabaseLoginRefusedError';
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

/** A driver error as one line that says where it failed to connect, and whether the server refused the login. */
export function describeConnectionError(address: DatabaseAddress, error: unknown): DatabaseUnreachableError | DatabaseLoginRefusedError {
  const e = error as { code?: string; message?: string };
  if (e.code === 'ER_ACCESS_DENIED_ERROR') return new DatabaseLoginRefusedError(address, e.code);
  return new DatabaseUnreachableError(address, e.code ?? e.message ?? String(error));
}
