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
 * BlockList matches IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) against the IPv4 ranges.
 */
const REFUSED_RANGES: readonly AddressRange[] = [
  { kind: 'cloud metadata', always: true, ranges: rangesOf(['169.254.169.254', '169.254.170.2', 'fd00:ec2::254']) },
  { kind: 'link-local', always: true, ranges: rangesOf(['169.254.0.0/16', 'fe80::/10']) },
  { kind: 'unspecified', always: true, ranges: rangesOf(['0.0.0.0/8', '::']) },
  { kind: 'loopback', always: false, ranges: rangesOf(['127.0.0.0/8', '::1']) },
  { kind: 'private', always: false, ranges: rangesOf(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7']) },
  { kind: 'shared (CGNAT)', always: false, ranges: rangesOf(['100.64.0.0/10']) },
];

export interface RefusedAddress {
  readonly kind: RefusedAddressKind;
  /** True when allowing private networks would not let it through. */
  readonly always: boolean;
}

/** The reason `address` (an IP literal) is refused, or undefined for an address the executor may call. */
export function refusalOf(address: string, allowPrivate: boolean): RefusedAddress | undefined {
  const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  const range = REFUSED_RANGES.find(({ always, ranges }) => (always || !allowPrivate) && ranges.check(address, type));
  return range && { kind: range.kind, always: range.always };
}
