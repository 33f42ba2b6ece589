// /metrics is open to a scraper on the same machine; from anywhere else it needs METRICS_TOKEN.
// A request relayed by a reverse proxy on the same machine arrives from loopback too, so a
// forwarding header means "from elsewhere".
import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import ipaddr from 'ipaddr.js';
import { AppError } from '../errors.ts';

function fromLoopback(c: Context): boolean {
  if (c.req.header('x-forwarded-for') || c.req.header('forwarded')) return false;
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    return false;
  }
  if (!address || !ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'loopback';
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Throws unless the caller may read the metrics. */
export function checkMetricsAccess(c: Context, token: string | undefined): void {
  const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
  if (token && bearer && sameToken(bearer, token)) return;
  if (!bearer && fromLoopback(c)) return;
  if (!token) {
    throw new AppError(
      403,
      'metrics_loopback_only',
      'Metrics can be read from this machine only. Set METRICS_TOKEN to read them from elsewhere.',
    );
  }
  throw new AppError(
    401,
    'metrics_token_required',
    'Send the metrics token as a Bearer token.',
    undefined,
    {
      'WWW-Authenticate': 'Bearer',
    },
  );
}
