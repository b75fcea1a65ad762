// Where a stranger's link may send crier. A feed's item links are written by whoever runs the feed;
// followed blindly they make crier an SSRF proxy: a public feed whose item links to
// http://169.254.169.254/latest/meta-data/ (a cloud machine's credentials) or to an admin page on
// 127.0.0.1 would have crier fetch it and print the answer in the newsletter. So the items of a feed
// that did not itself come from this machine or its network reach public addresses only (as
// Mastodon's link previews and most hosted feed readers do). An address the user typed is never
// restricted: the user chose it.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Every range that is not the public internet (IANA special-purpose registries, RFC 6890). */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local: cloud metadata services live here
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 3], // multicast and reserved, up to 255.255.255.255
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 127], // unspecified and loopback (::, ::1)
  ['64:ff9b:1::', 48], // local-use NAT64
  ['fc00::', 7], // unique local (AWS's IPv6 metadata address is fd00:ec2::254)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');
}

/** Is this IP address (v4 or v6, IPv4-mapped v6 included) outside the public internet? */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return NOT_PUBLIC.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** A URL's host as an address or a name ("[::1]" -> "::1"). */
const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

/** Does this URL name this machine or a private network by itself (an IP literal, or localhost)? No lookup. */
export function isPrivateUrl(url: string): boolean {
  let host: string;
  try {
    host = hostOf(new URL(url));
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host);
}

/**
 * The private address this URL leads to, if it does: its own literal, or any address its name
 * resolves to. A name that does not resolve rejects with the resolver's error (ENOTFOUND), so the
 * caller reports it at once instead of asking the resolver a second time.
 */
export async function privateTarget(url: string): Promise<string | undefined> {
  const host = hostOf(new URL(url));
  if (isPrivateUrl(url)) return host;
  if (isIP(host)) return undefined;
  const addresses = await lookup(host, { all: true, verbatim: true });
  return addresses.find((a) => isPrivateAddress(a.address))?.address;
}
