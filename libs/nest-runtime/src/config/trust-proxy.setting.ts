import { ValidateBy, ValidationOptions } from 'class-validator';
import { compile } from 'proxy-addr';

/**
 * TRUST_PROXY as Express's `trust proxy` takes it: a hop count, or the addresses and CIDRs of the
 * proxies in front, comma-separated. `true` (believe every X-Forwarded-For) is refused: any client
 * could then pick its own address, and its own rate-limit budget.
 */
export type TrustProxySetting = number | string;

/** A string of digits becomes the hop count; anything else stays the list it is. */
export function trustProxyOf(value: unknown): unknown {
  return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
}

export function isTrustProxySetting(value: unknown): value is TrustProxySetting {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0;
  if (typeof value !== 'string') return false;
  try {
    // The same parser Express uses, so what passes here is what Express accepts.
    compile(value.split(',').map((entry) => entry.trim()));
    return true;
  } catch {
    return false;
  }
}

export function IsTrustProxySetting(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isTrustProxySetting', validator: { validate: isTrustProxySetting } }, options);
}
