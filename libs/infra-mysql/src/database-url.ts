import { isIP } from 'node:net';
import { DatabaseTls, TLS_MODES, TLS_OPTIONS, TlsMode } from './database-tls';

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
    // MariaDB refuses the login just so when the server or the user requires TLS and the client did not use it.
    const why = address.tls === null ? 'wrong password, no such user for this host, or the server requires TLS (set ssl-mode)' : 'wrong password, or no such user for this host';
    super(`MySQL at ${address.host}:${address.port} refused the login for user ${address.user}: ${why} (${code})`);
    this.name = 'DatabaseLoginRefusedError';
  }
}

export interface DatabaseAddress {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** Null for a connection without TLS. */
  readonly tls: DatabaseTls | null;
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
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1'); // an IPv6 literal loses its URL brackets
  const tls = parseTls(parsed.searchParams);
  // mysql2 would check the certificate against "localhost" instead: refuse rather than check the wrong name.
  if (tls?.mode === 'VERIFY_IDENTITY' && isIP(host) !== 0) {
    throw new InvalidDatabaseUrlError('has ssl-mode VERIFY_IDENTITY with an IP address, which the driver cannot check a certificate against: name the host, or use VERIFY_CA');
  }
  return {
    host,
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username) || 'root',
    password: decodeURIComponent(parsed.password),
    database,
    tls,
  };
}

/** The TLS the query string asks for. As with the mysql client, an ssl-ca without an ssl-mode means VERIFY_CA. */
function parseTls(query: URLSearchParams): DatabaseTls | null {
  const unknown = [...query.keys()].find((name) => !(TLS_OPTIONS as readonly string[]).includes(name));
  if (unknown !== undefined) throw new InvalidDatabaseUrlError(`has the unknown option ${unknown} (known: ${TLS_OPTIONS.join(', ')})`);
  const empty = TLS_OPTIONS.find((name) => query.get(name) === '');
  if (empty !== undefined) throw new InvalidDatabaseUrlError(`has an empty ${empty}`);
  const [mode, caFile, certFile, keyFile] = TLS_OPTIONS.map((name) => query.get(name) ?? undefined);
  if ((certFile === undefined) !== (keyFile === undefined)) throw new InvalidDatabaseUrlError('has one of ssl-cert and ssl-key without the other');
  const chosen = mode?.toUpperCase() ?? (caFile !== undefined ? 'VERIFY_CA' : 'DISABLED');
  if (chosen === 'DISABLED') {
    if (caFile !== undefined || certFile !== undefined) throw new InvalidDatabaseUrlError('has ssl-ca, ssl-cert or ssl-key with TLS disabled');
    return null;
  }
  if (!(TLS_MODES as readonly string[]).includes(chosen)) {
    throw new InvalidDatabaseUrlError(`has ssl-mode ${mode} (use DISABLED, ${TLS_MODES.join(', ')})`);
  }
  return { mode: chosen as TlsMode, caFile, certFile, keyFile };
}

/**
 * A driver error as one line that says where it failed to connect, and why in words when the code
 * alone would not; a refused login is told apart from a server that cannot be reached.
 */
export function describeConnectionError(address: DatabaseAddress, error: unknown): DatabaseUnreachableError | DatabaseLoginRefusedError {
  const e = error as { code?: string; message?: string };
  if (e.code === 'ER_ACCESS_DENIED_ERROR') return new DatabaseLoginRefusedError(address, e.code);
  return new DatabaseUnreachableError(address, describeCause(e));
}

function describeCause(error: { code?: string; message?: string }): string {
  const message = error.message ?? String(error);
  if (error.code === undefined) return message;
  if (/^E[A-Z]+$/.test(error.code)) return error.code; // a system error: ECONNREFUSED, ETIMEDOUT, ...
  if (error.code.startsWith('HANDSHAKE_') && /ssl|secure/i.test(error.code + message)) return `TLS: ${message}`;
  return `${message} (${error.code})`;
}
