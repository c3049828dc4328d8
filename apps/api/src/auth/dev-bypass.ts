import type { Viewer } from './viewer';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.has(address);
}

export interface DevBypassInput {
  nodeEnv: string;
  /** The database is the embedded PostgreSQL (no DATABASE_URL). */
  embeddedDatabase: boolean;
  /** The TCP peer of the request (not a forwarded header). */
  remoteAddress: string | undefined;
  /** Any X-Forwarded-For / Forwarded header: a proxy in front means the peer is not the user. */
  forwarded: boolean;
}

/**
 * Without a token, a request acts as a development ADMIN of every county only when all hold:
 * NODE_ENV=development, the embedded database, and a request made from loopback without a proxy.
 */
export function devBypassApplies(input: DevBypassInput): boolean {
  return input.nodeEnv === 'development' && input.embeddedDatabase && !input.forwarded && isLoopbackAddress(input.remoteAddress);
}

export const DEV_BYPASS_VIEWER: Viewer = Object.freeze({
  userId: null,
  username: 'dev',
  displayName: 'Development (no token, loopback)',
  role: 'ADMIN',
  regionCode: null,
  devBypass: true,
});
