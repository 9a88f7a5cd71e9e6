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

/**
 * What every repository method runs its queries through: a server out of reach becomes
 * StoreUnavailableError (HTTP 503); any other error passes as it is.
 */
export async function whileReachable<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw asStoreUnavailable(error);
  }
}

function asStoreUnavailable(error: unknown): unknown {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  const code = e?.code ?? e?.driverError?.code;
  return code && CONNECTION_CODES.has(code) ? new StoreUnavailableError('MySQL', code) : error;
}
