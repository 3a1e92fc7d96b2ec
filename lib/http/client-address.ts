// The client's address: the connection's peer, or what a proxy we trust says it forwarded for.
//
// Next.js gives route handlers and server actions no access to the socket, and it fills
// X-Forwarded-For from the socket only when the client did not send one, so the header alone
// proves nothing. Our server entry (lib/http/server.ts, what `npm start` and the browser tests
// run) therefore writes the socket's peer address into PEER_HEADER, with a token drawn at start
// that no client can know, after removing any such header and, unless the peer is a trusted
// proxy, every X-Forwarded-* header from the request. JALON_TRUSTED_PROXIES names those proxies:
// a hop count ("1": one proxy in front of the app) or addresses and CIDR ranges
// ("10.0.0.0/8, 192.168.1.10, fd00::/8"). Without it forwarded headers are ignored.
// Only a parsed IP address ever leaves this file.
import { BlockList, isIP } from 'node:net';

export const PEER_HEADER = 'x-jalon-peer';
/** The server entry puts its token here; a peer header without it is not ours. */
export const PEER_TOKEN_ENV = 'JALON_PEER_TOKEN';

export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; list: BlockList; text: string };

/** An IP address in its plain form (IPv4-mapped IPv6 as IPv4), or null when `s` is not one. */
export function parseIp(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  let v = s.trim();
  if (v.startsWith('[') && v.includes(']')) v = v.slice(1, v.indexOf(']'));
  // "1.2.3.4:5678" from some proxies; an IPv6 address has more than one colon.
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(':'));
  const zone = v.indexOf('%');
  if (zone > 0) v = v.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(v);
  if (mapped) v = mapped[1];
  const kind = isIP(v);
  if (kind === 0) return null;
  return kind === 6 ? v.toLowerCase() : v;
}

const cache = new Map<string, TrustedProxies>();

/** JALON_TRUSTED_PROXIES as a setting; a wrong entry throws, naming it (the server then does not start). */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const text = (raw ?? '').trim();
  const known = cache.get(text);
  if (known) return known;
  let out: TrustedProxies;
  if (text === '' || text === '0') out = { kind: 'none' };
  else if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error(`JALON_TRUSTED_PROXIES: ${hops} proxies in a row is not plausible (a hop count is 1 to 10)`);
    out = { kind: 'hops', hops };
  } else {
    const list = new BlockList();
    for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
      const [addr, bits, extra] = entry.split('/');
      const ip = parseIp(addr);
      const type = ip && isIP(ip) === 6 ? 'ipv6' : 'ipv4';
      const prefix = bits === undefined ? null : Number(bits);
      if (!ip || extra !== undefined || (bits !== undefined && (!/^\d+$/.test(bits) || prefix! > (type === 'ipv6' ? 128 : 32)))) {
        throw new Error(`JALON_TRUSTED_PROXIES: "${entry}" is neither an address nor a CIDR range (10.0.0.0/8), nor is the whole value a hop count`);
      }
      if (prefix === null) list.addAddress(ip, type);
      else list.addSubnet(ip, prefix, type);
    }
    out = { kind: 'list', list, text };
  }
  cache.set(text, out);
  return out;
}

export function trustedProxies(): TrustedProxies {
  return parseTrustedProxies(process.env.JALON_TRUSTED_PROXIES);
}

function isListed(list: BlockList, ip: string) {
  return list.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
}

/** Whether the connection's peer is a proxy whose X-Forwarded-* headers we believe. */
export function isTrustedPeer(peer: string | null, proxies: TrustedProxies = trustedProxies()): boolean {
  if (!peer || proxies.kind === 'none') return false;
  return proxies.kind === 'hops' ? true : isListed(proxies.list, peer);
}

/** The X-Forwarded-For entries, left (the original client) to right (the last proxy's peer). */
function forwardedChain(xff: string | null | undefined): string[] {
  return (xff ?? '').split(',').map((s) => s.trim()).filter(Boolean).slice(-50);
}

/**
 * The client of a request whose connection came from `peer`: `peer` itself unless it is a
 * trusted proxy; then, with a hop count N, the entry N places from the right of
 * [...X-Forwarded-For, peer]; with a list, the rightmost address that is not a trusted proxy.
 * An entry that is not an IP address stops the walk at the last address we trust.
 */
export function clientAddress(peerRaw: string | null | undefined, xff: string | null | undefined, proxies: TrustedProxies = trustedProxies()): string | null {
  const peer = parseIp(peerRaw);
  if (!peer || !isTrustedPeer(peer, proxies)) return peer;
  const chain = forwardedChain(xff);
  if (proxies.kind === 'hops') {
    const all = [...chain, peer];
    let addr = peer;
    // Walk left one hop at a time, so that a garbled entry leaves the last good one.
    for (let i = all.length - 2, n = 0; i >= 0 && n < proxies.hops; i--, n++) {
      const ip = parseIp(all[i]);
      if (!ip) break;
      addr = ip;
    }
    return addr;
  }
  let addr = peer;
  for (let i = chain.length - 1; i >= 0 && proxies.kind === 'list' && isListed(proxies.list, addr); i--) {
    const ip = parseIp(chain[i]);
    if (!ip) break;
    addr = ip;
  }
  return addr;
}

/** The peer address our server entry wrote for this request, or null when it is not ours. */
export function peerFromHeaders(h: Headers): string | null {
  const token = process.env[PEER_TOKEN_ENV];
  const v = h.get(PEER_HEADER);
  if (!token || !v) return null;
  const space = v.indexOf(' ');
  if (space < 0 || v.slice(0, space) !== token) return null;
  return parseIp(v.slice(space + 1));
}

let warned = false;

/** The client address of a request handled by our server entry; null (and one warning) otherwise. */
export function requestClientAddress(h: Headers): string | null {
  const peer = peerFromHeaders(h);
  if (!peer) {
    if (!warned && process.env.NODE_ENV === 'production') {
      warned = true;
      console.warn('jalon: requests do not come through the server entry (npm start): client addresses are unknown, rate limits are shared');
    }
    return null;
  }
  return clientAddress(peer, h.get('x-forwarded-for'));
}

/**
 * What rate limits count by: the address, or for IPv6 its /64 network (one subscriber's
 * allocation, in which a client can draw new addresses at will).
 */
export function rateLimitKey(ip: string | null): string {
  if (!ip) return 'unknown';
  if (isIP(ip) !== 6) return ip;
  const [head] = ip.split('::');
  const full = ip.includes('::')
    ? [...head.split(':').filter(Boolean), ...Array(8 - ip.split(':').filter(Boolean).length).fill('0'), ...(ip.split('::')[1] ?? '').split(':').filter(Boolean)]
    : ip.split(':');
  return `${full.slice(0, 4).map((p) => p.padStart(4, '0')).join(':')}::/64`;
}
