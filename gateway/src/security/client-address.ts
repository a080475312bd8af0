import { BlockList, isIP } from 'node:net';

/** Proxies whose X-Forwarded-For we believe: addresses or CIDR ranges (TRUSTED_PROXIES). */
export function parseTrustedProxies(entries: string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries.map((e) => e.trim()).filter(Boolean)) {
    const [address, bits] = raw.split('/');
    const family = isIP(address ?? '') === 6 ? 'ipv6' : 'ipv4';
    if (!isIP(address ?? '')) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an address or CIDR range`);
    if (bits) list.addSubnet(address!, Number(bits), family);
    else list.addAddress(address!, family);
  }
  return list;
}

const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
const trusted = (list: BlockList, address: string) => {
  const a = plain(address);
  const family = isIP(a);
  return family !== 0 && list.check(a, family === 6 ? 'ipv6' : 'ipv4');
};

/**
 * The client's address for rate limits and the audit trail: the socket's peer, unless that peer
 * is a configured proxy; then the nearest address in X-Forwarded-For that is not a trusted proxy
 * (what a client writes further left is not believed).
 */
export function clientAddress(remote: string | undefined, forwardedFor: string | null, proxies: BlockList): string | undefined {
  if (!remote) return undefined;
  if (!forwardedFor || !trusted(proxies, remote)) return plain(remote);
  const hops = forwardedFor
    .split(',')
    .map((h) => h.trim())
    .filter((h) => isIP(plain(h)) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted(proxies, hops[i]!)) return plain(hops[i]!);
  }
  return plain(hops[0] ?? remote);
}
