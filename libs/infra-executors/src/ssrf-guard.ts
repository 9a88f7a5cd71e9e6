import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { HostLookupFailedError, RefusedAddressError } from './ssrf-guard.errors';
import { refusalOf } from './ssrf-guard.ranges';

/** Every address a host name resolves to. */
export type HostResolver = (hostname: string) => Promise<string[]>;

export interface SsrfGuardOptions {
  /** Lets loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7) and CGNAT addresses through. */
  readonly allowPrivate?: boolean;
  /** Replaces the system resolver (tests). */
  readonly resolve?: HostResolver;
}

/** Metadata services reached by name; refused before any lookup, as they may resolve only inside the cloud. */
const METADATA_HOSTNAMES = new Set(['metadata.google.internal', 'metadata.goog']);

const systemResolver: HostResolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map(({ address }) => address);

/**
 * The http executor's `assertAllowed`: resolves the url's host and refuses it if any of its addresses
 * is link-local, cloud metadata or unspecified, or (unless `allowPrivate`) loopback, private or CGNAT.
 * Every address counts, not just the first, because fetch may connect to any of them.
 *
 * Known gap (DNS rebinding): fetch resolves the name again, so a name whose answer changes between
 * this check and the connection can still reach a refused address. Pinning the checked address in
 * the connection (an undici dispatcher with a fixed lookup) would close it.
 */
export function createSsrfGuard(options: SsrfGuardOptions = {}): (url: URL) => Promise<void> {
  const allowPrivate = options.allowPrivate ?? false;
  const resolve = options.resolve ?? systemResolver;
  return async (url) => {
    const host = hostOf(url);
    if (METADATA_HOSTNAMES.has(host.replace(/\.$/, ''))) throw new RefusedAddressError(host, host, 'cloud metadata', true);
    for (const address of await addressesOf(host, resolve)) {
      const refusal = refusalOf(address, allowPrivate);
      if (refusal) throw new RefusedAddressError(host, address, refusal.kind, refusal.always);
    }
  };
}

/** URL keeps IPv6 literals in brackets and already turns IPv4 shorthands (0x7f.1, 2130706433) into dotted form. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

async function addressesOf(host: string, resolve: HostResolver): Promise<string[]> {
  if (isIP(host) !== 0) return [host];
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    throw new HostLookupFailedError(host, { cause: error });
  }
  if (addresses.length === 0) throw new HostLookupFailedError(host, { cause: new Error('no addresses') });
  return addresses;
}
