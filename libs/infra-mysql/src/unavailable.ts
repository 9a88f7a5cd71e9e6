import { StoreUnavailableError } from '@asynctask/domain';

/** Driver error codes that mean the server is out of reach, not that the query was wrong. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
]);

export function asStoreUnavailable(error: unknown): unknown {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  const code = e?.code ?? e?.driverError?.code;
  return code && CONNECTION_CODES.has(code) ? new StoreUnavailableError('MySQL', code) : error;
}
