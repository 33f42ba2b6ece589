// Who is asking, for rate limits, without knowing who anyone is: the client's network is turned
// into an HMAC under a secret that lives only in memory and changes every day, so neither memory
// nor logs ever hold an address, and yesterday's keys cannot be matched with today's.
import { createHmac, randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import ipaddr from 'ipaddr.js';

/** The key of requests with no socket (app.request() in tests) and of unreadable addresses. */
export const SHARED_KEY = 'shared';

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * With TRUST_PROXY=n, each of the n proxies appended the address it saw, so the client is the
 * n-th entry from the right; anything further left was written by the client and is not believed.
 */
export function forwardedAddress(header: string | undefined, trustProxy: number) {
  if (!header || trustProxy < 1) return undefined;
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - trustProxy)];
}

/** The network a request comes from: the IPv4 address, or the /64 an IPv6 host chooses within. */
export function networkOf(address: string): string | undefined {
  // Proxies write "[v6]:port", "v4:port" or a zone ("fe80::1%eth0"); the address is what counts.
  const bare = address
    .replace(/^\[([^\]]+)\](:\d+)?$/, '$1')
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1')
    .replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return undefined;
  const ip = ipaddr.process(bare);
  if (ip.kind() === 'ipv4') return ip.toString();
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(':')}::/64`;
}

export interface ClientKeys {
  /** A short opaque key for the request's client; equal for one network on one day. */
  keyOf(c: Context): string;
}

export function createClientKeys(trustProxy: number, now: () => Date): ClientKeys {
  let day = '';
  let secret = randomBytes(32);
  return {
    keyOf(c) {
      const today = now().toISOString().slice(0, 10);
      if (today !== day) {
        day = today;
        secret = randomBytes(32);
      }
      const address =
        forwardedAddress(c.req.header('x-forwarded-for'), trustProxy) ?? socketAddress(c);
      const network = address ? networkOf(address) : undefined;
      const hmac = createHmac('sha256', secret);
      return hmac
        .update(network ?? SHARED_KEY)
        .digest('base64url')
        .slice(0, 22);
    },
  };
}
