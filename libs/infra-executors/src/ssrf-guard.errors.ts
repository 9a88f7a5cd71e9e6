import { NonRetryableError } from '@asynctask/domain';
import { RefusedAddressKind } from './ssrf-guard.ranges';

/** executorConfig.url points where the http executor must not go; a retry would go there again. */
export class RefusedAddressError extends NonRetryableError {
  constructor(
    readonly host: string,
    /** The refused IP address, or the host itself when it is refused by name. */
    readonly address: string,
    readonly kind: RefusedAddressKind,
    /** True when allowing private networks would not let it through. */
    readonly always: boolean,
  ) {
    const where = host === address ? address : `${host} (${address})`;
    const rule = always
      ? 'which the http executor never calls'
      : 'which the http executor calls only when private networks are allowed (HTTP_EXECUTOR_ALLOW_PRIVATE=true)';
    super(`refused executorConfig.url: ${where} is a ${kind} address, ${rule}`);
    this.name = new.target.name;
  }
}

/** The url's host did not resolve; DNS may answer on a later attempt, as fetch's own failures are retried. */
export class HostLookupFailedError extends Error {
  constructor(
    readonly host: string,
    options: { cause: unknown },
  ) {
    super(`could not resolve ${host}: ${codeOf(options.cause)}`, options);
    this.name = new.target.name;
  }
}

function codeOf(error: unknown): string {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') return code;
  return typeof message === 'string' ? message : String(error);
}
