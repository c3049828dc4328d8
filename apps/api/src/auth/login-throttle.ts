import { AuditLogEntity } from '@junheng/db';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { tooManyRequests } from '../errors/app-error';

/** The table of the counters (migration 1765000000000-login-throttle), shared by every API process. */
export const LOGIN_THROTTLE_TABLE = 'login_throttle';
export const LOGIN_LOCKOUT_ACTION = 'LOGIN_LOCKOUT';

export interface LoginThrottleLimits {
  /** Failed logins allowed per account, and per client address, within the window (default 10). */
  maxFailures: number;
  /** The window, and so the longest lockout, in seconds (default 15 minutes). */
  windowSeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleLimits = { maxFailures: 10, windowSeconds: 15 * 60 };

type Scope = 'account' | 'address';

/**
 * Failed logins counted per account and per client address in PostgreSQL (rate-limiter-flexible's
 * Postgres store over the API's own pool), so several API processes share the counters. After
 * `maxFailures` failures within the window, logins for that account, or from that address, are refused
 * with TOO_MANY_REQUESTS (HTTP 429, Retry-After) without checking the password, until the window
 * ends. A success clears the account's counter only: the address keeps its count for other accounts.
 * The failure that locks is audited (LOGIN_LOCKOUT), once across processes (the store's upsert is atomic).
 */
export class LoginThrottle {
  private readonly limiters: Record<Scope, RateLimiterPostgres>;

  constructor(
    private readonly ds: DataSource,
    readonly limits: LoginThrottleLimits = DEFAULT_LOGIN_THROTTLE,
  ) {
    const common = { storeClient: ds, storeType: 'typeorm', tableName: LOGIN_THROTTLE_TABLE, tableCreated: true, points: limits.maxFailures, duration: limits.windowSeconds };
    this.limiters = {
      account: new RateLimiterPostgres({ ...common, keyPrefix: 'account' }),
      address: new RateLimiterPostgres({ ...common, keyPrefix: 'address' }),
    };
  }

  private keys(username: string, address: string): Record<Scope, string> {
    return { account: username.trim().toLowerCase().slice(0, 100), address: address.slice(0, 100) };
  }

  /** Refuses (TOO_MANY_REQUESTS) when the account or the address is locked. */
  async check(username: string, address: string): Promise<void> {
    const keys = this.keys(username, address);
    for (const scope of ['account', 'address'] as const) {
      const res = await this.limiters[scope].get(keys[scope]);
      if (res && res.consumedPoints >= this.limits.maxFailures) throw this.refusal(scope, res);
    }
  }

  /** Counts a failure; the one that reaches the limit writes the lockout's audit row. */
  async recordFailure(username: string, address: string, regionCode: string | null): Promise<void> {
    const keys = this.keys(username, address);
    for (const scope of ['account', 'address'] as const) {
      const res = await this.limiters[scope].penalty(keys[scope], 1);
      if (res.consumedPoints === this.limits.maxFailures) {
        await this.ds.getRepository(AuditLogEntity).insert({
          username: username.slice(0, 64),
          action: LOGIN_LOCKOUT_ACTION,
          countyCode: scope === 'account' ? regionCode : null,
          target: scope === 'account' ? `account ${username}`.slice(0, 200) : `address ${address}`.slice(0, 200),
          details: { scope, address, failures: res.consumedPoints, lockedSeconds: Math.ceil(res.msBeforeNext / 1000) },
        });
      }
    }
  }

  /** A correct password: the account's failures are forgotten (not the address's). */
  async recordSuccess(username: string): Promise<void> {
    await this.limiters.account.delete(this.keys(username, '').account);
  }

  private refusal(scope: Scope, res: RateLimiterRes) {
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    const minutes = Math.ceil(seconds / 60);
    const who = scope === 'account' ? 'this account' : 'your address';
    return tooManyRequests(`Too many failed logins for ${who}: try again in ${minutes} minute(s) (登录失败次数过多，请 ${minutes} 分钟后再试)`, seconds);
  }
}
