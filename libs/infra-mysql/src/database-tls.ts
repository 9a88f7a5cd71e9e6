import { readFileSync } from 'node:fs';

/**
 * DATABASE_URL's TLS options, named and meant as the mysql client's: `ssl-mode` REQUIRED encrypts
 * without checking the server, VERIFY_CA also checks its certificate against `ssl-ca` (or the
 * system's CAs), VERIFY_IDENTITY also checks that it names the host; `ssl-cert` and `ssl-key`
 * are a client certificate for servers that ask for one.
 */
export const TLS_MODES = ['REQUIRED', 'VERIFY_CA', 'VERIFY_IDENTITY'] as const;
export type TlsMode = (typeof TLS_MODES)[number];
export const TLS_OPTIONS = ['ssl-mode', 'ssl-ca', 'ssl-cert', 'ssl-key'] as const;

export interface DatabaseTls {
  readonly mode: TlsMode;
  readonly caFile?: string;
  readonly certFile?: string;
  readonly keyFile?: string;
}

/** A file a TLS option names could not be read. */
export class DatabaseTlsFileError extends Error {
  constructor(option: string, file: string, code: string) {
    super(`DATABASE_URL ${option}: cannot read ${file} (${code})`);
    this.name = 'DatabaseTlsFileError';
  }
}

/** mysql2's `ssl` option: the files read now, so a missing one fails the start. */
export function sslOptions(tls: DatabaseTls | null) {
  if (tls === null) return undefined;
  return {
    rejectUnauthorized: tls.mode !== 'REQUIRED',
    verifyIdentity: tls.mode === 'VERIFY_IDENTITY',
    ca: readTlsFile('ssl-ca', tls.caFile),
    cert: readTlsFile('ssl-cert', tls.certFile),
    key: readTlsFile('ssl-key', tls.keyFile),
  };
}

function readTlsFile(option: string, file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file);
  } catch (error) {
    throw new DatabaseTlsFileError(option, file, (error as { code?: string }).code ?? String(error));
  }
}
