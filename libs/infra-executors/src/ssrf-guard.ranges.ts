import { IPv4, IPv6 } from 'ipaddr.js';
import { BlockList, isIP } from 'node:net';

/** Why an address is refused; the name appears in the task's error. */
export type RefusedAddressKind = 'cloud metadata' | 'link-local' | 'unspecified' | 'loopback' | 'private' | 'shared (CGNAT)';

interface AddressRange {
  readonly kind: RefusedAddressKind;
  /** Refused even when private networks are allowed: they reach the host itself or the cloud's control plane. */
  readonly always: boolean;
  readonly ranges: BlockList;
}

function rangesOf(subnets: readonly string[]): BlockList {
  const list = new BlockList();
  for (const subnet of subnets) {
    const [network, prefix] = subnet.split('/');
    const type = isIP(network) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(network, type);
    else list.addSubnet(network, Number(prefix), type);
  }
  return list;
}

/**
 * Checked in this order, so 169.254.169.254 is named "cloud metadata" rather than "link-local".
 * An IPv6 address outside them that carries an IPv4 one (IPV4_CARRIERS) is judged by that one.
 */
const REFUSED_RANGES: readonly AddressRange[] = [
  { kind: 'cloud metadata', always: true, ranges: rangesOf(['169.254.169.254', '169.254.170.2', 'fd00:ec2::254']) },
  { kind: 'link-local', always: true, ranges: rangesOf(['169.254.0.0/16', 'fe80::/10']) },
  { kind: 'unspecified', always: true, ranges: rangesOf(['0.0.0.0/8', '::']) },
  { kind: 'loopback', always: false, ranges: rangesOf(['127.0.0.0/8', '::1']) },
  { kind: 'private', always: false, ranges: rangesOf(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7']) },
  { kind: 'shared (CGNAT)', always: false, ranges: rangesOf(['100.64.0.0/10']) },
];

/**
 * IPv6 prefixes whose addresses carry an IPv4 address, which a connection to them reaches (through
 * the host's stack or the network's translator): that IPv4 address decides. `at` is the index of
 * the first of the two 16-bit groups that hold it.
 */
const IPV4_CARRIERS = [
  { prefix: IPv6.parseCIDR('::ffff:0:0/96'), at: 6 }, // IPv4-mapped
  { prefix: IPv6.parseCIDR('64:ff9b::/96'), at: 6 }, // NAT64, the well-known prefix
  { prefix: IPv6.parseCIDR('2002::/16'), at: 1 }, // 6to4
];

function embeddedIpv4(address: string): string | undefined {
  const ipv6 = IPv6.parse(address);
  const carrier = IPV4_CARRIERS.find(({ prefix }) => ipv6.match(prefix));
  if (!carrier) return undefined;
  const [high, low] = ipv6.parts.slice(carrier.at, carrier.at + 2);
  return new IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]).toString();
}

export interface RefusedAddress {
  readonly kind: RefusedAddressKind;
  /** True when allowing private networks would not let it through. */
  readonly always: boolean;
}

/** The reason `address` (an IP literal) is refused, or undefined for an address the executor may call. */
export function refusalOf(address: string, allowPrivate: boolean): RefusedAddress | undefined {
  const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  const range = REFUSED_RANGES.find(({ always, ranges }) => (always || !allowPrivate) && ranges.check(address, type));
  if (range) return { kind: range.kind, always: range.always };
  const embedded = type === 'ipv6' ? embeddedIpv4(address) : undefined;
  return embedded === undefined ? undefined : refusalOf(embedded, allowPrivate);
}
