import { lookup as systemLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { AddressGuard } from './http.executor';
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

const systemResolver: HostResolver = async (hostname) => (await systemLookup(hostname, { all: true, verbatim: true })).map(({ address }) => address);

/**
 * The http executor's guard: refuses any address that is link-local, cloud metadata or unspecified,
 * or (unless `allowPrivate`) loopback, private or CGNAT. `assertAllowed` refuses an IP-literal or
 * metadata host before anything is sent; a host name is checked by `lookup`, the resolver of the
 * executor's connections, which hands each connection exactly the addresses it checked. A name whose
 * answer changes between a check and a connection (DNS rebinding) thus never reaches an address that
 * was not checked. Every address of a name counts, not just the first, as a connection may use any.
 */
export function createSsrfGuard(options: SsrfGuardOptions = {}): Required<AddressGuard> {
  const allowPrivate = options.allowPrivate ?? false;
  const resolve = options.resolve ?? systemResolver;

  /** The host's addresses, each checked; resolves names only through `resolve`. */
  const allowedAddresses = async (host: string): Promise<string[]> => {
    if (METADATA_HOSTNAMES.has(host.replace(/\.$/, ''))) throw new RefusedAddressError(host, host, 'cloud metadata', true);
    const addresses = isIP(host) !== 0 ? [host] : await resolved(host, resolve);
    for (const address of addresses) {
      const refusal = refusalOf(address, allowPrivate);
      if (refusal) throw new RefusedAddressError(host, address, refusal.kind, refusal.always);
    }
    return addresses;
  };

  return {
    assertAllowed: async (url) => {
      const host = hostOf(url);
      // A connection to an IP literal resolves nothing, so it is checked here; names are checked as they resolve.
      if (isIP(host) !== 0 || METADATA_HOSTNAMES.has(host.replace(/\.$/, ''))) await allowedAddresses(host);
    },
    lookup: (hostname, lookupOptions, callback) => {
      allowedAddresses(hostname.toLowerCase()).then(
        (addresses) => {
          const family = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
          const usable = addresses.filter((address) => family === 0 || isIP(address) === family);
          if (usable.length === 0) callback(new HostLookupFailedError(hostname, { cause: new Error(`no IPv${family} address`) }), '', 0);
          else if (lookupOptions.all) callback(null, usable.map((address) => ({ address, family: isIP(address) })));
          else callback(null, usable[0], isIP(usable[0]));
        },
        (error: Error) => callback(error, '', 0),
      );
    },
  };
}

/** URL keeps IPv6 literals in brackets and already turns IPv4 shorthands (0x7f.1, 2130706433) into dotted form. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

async function resolved(host: string, resolve: HostResolver): Promise<string[]> {
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    throw new HostLookupFailedError(host, { cause: error });
  }
  if (addresses.length === 0) throw new HostLookupFailedError(host, { cause: new Error('no addresses') });
  return addresses;
}
