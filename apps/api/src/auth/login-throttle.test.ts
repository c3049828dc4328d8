import { AuditLogEntity, createDataSource, hashPassword, UserEntity } from '@junheng/db';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createServer, type ApiServer } from '../server';
import { COUNTY_A, COUNTY_B } from '../test-support/fixture-region';
import { rawGraphQL } from '../test-support/raw-request';
import { startTestApi, TEST_SECRET, type TestApi } from '../test-support/test-api';
import { LOGIN_LOCKOUT_ACTION } from './login-throttle';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const PASSWORD = 'right-password';

let api: TestApi;

beforeAll(async () => {
  // Behind a proxy on loopback: the client address is X-Forwarded-For, so each test has its own.
  api = await startTestApi({ env: { NODE_ENV: 'production', TRUST_PROXY: 'loopback' } });
  const hash = await hashPassword(PASSWORD);
  await api.db.dataSource.getRepository(UserEntity).save([
    { username: 'hr', displayName: '人事', passwordHash: hash, role: 'HR', regionCode: COUNTY_A },
    { username: 'planner', displayName: '规划', passwordHash: hash, role: 'PLANNER', regionCode: COUNTY_A },
    { username: 'shared', displayName: '共享', passwordHash: hash, role: 'VIEWER', regionCode: COUNTY_B },
  ]);
});
afterAll(async () => api?.close());

async function login(url: string, username: string, password: string, address: string) {
  const r = await rawGraphQL(url, LOGIN, { 'x-forwarded-for': address }, { u: username, p: password });
  const body = JSON.parse(r.text);
  return { status: r.status, code: body.errors?.[0]?.extensions?.code as string | undefined, token: body.data?.login?.token as string | undefined, retryAfter: r.headers['retry-after'], message: body.errors?.[0]?.message as string | undefined };
}

const lockouts = (ds: DataSource) => ds.getRepository(AuditLogEntity).find({ where: { action: LOGIN_LOCKOUT_ACTION }, order: { id: 'ASC' } });

describe('login throttle', () => {
  it('throttles 30 wrong passwords for one account after 10 (429, TOO_MANY_REQUESTS), refuses the right one while locked, and audits the lockout', async () => {
    const results = [];
    for (let i = 0; i < 30; i += 1) results.push(await login(api.url, 'hr', `wrong-${i}`, '203.0.113.1'));
    expect(results.slice(0, 10).map((r) => r.code)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    for (const r of results.slice(10)) {
      expect(r.status).toBe(429);
      expect(r.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(Number(r.retryAfter)).toBeLessThanOrEqual(15 * 60);
    }
    expect(results[10]!.message).toMatch(/登录失败次数过多/);
    // The right password, even from another address: the account is locked.
    const right = await login(api.url, 'hr', PASSWORD, '203.0.113.99');
    expect(right).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(right.token).toBeUndefined();
    const rows = (await lockouts(api.db.dataSource)).filter((r) => r.username === 'hr');
    expect(rows.map((r) => ({ region: r.countyCode, scope: r.details?.scope }))).toEqual([
      { region: COUNTY_A, scope: 'account' },
      { region: null, scope: 'address' },
    ]);
    // Another account from a clean address is not affected.
    expect((await login(api.url, 'planner', PASSWORD, '203.0.113.2')).token).toBeTruthy();
  });

  it('counts failures per address across accounts; a success does not reset them for other accounts', async () => {
    const address = '198.51.100.7';
    for (let i = 0; i < 9; i += 1) expect((await login(api.url, `nobody${i}`, 'x', address)).code).toBe('UNAUTHENTICATED');
    expect((await login(api.url, 'planner', PASSWORD, address)).token).toBeTruthy();
    expect((await login(api.url, 'nobody-else', 'x', address)).code).toBe('UNAUTHENTICATED'); // the 10th failure
    expect(await login(api.url, 'planner', PASSWORD, address)).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect((await login(api.url, 'planner', PASSWORD, '198.51.100.8')).token).toBeTruthy();
  });

  it('shares the counters between two API processes on one database', async () => {
    const pool = createDataSource(api.db.url, { migrationsRun: false, poolSize: 2 });
    await pool.initialize();
    let second: ApiServer | null = null;
    try {
      second = await createServer({ dataSource: pool, config: loadConfig({ NODE_ENV: 'production', JWT_SECRET: TEST_SECRET, TRUST_PROXY: 'loopback', RESPONSE_CACHE_MB: '0' }), logError: () => undefined });
      const { url: secondUrl } = await second.listen(0, '127.0.0.1');
      const before = (await lockouts(api.db.dataSource)).length;
      for (let i = 0; i < 5; i += 1) {
        expect((await login(api.url, 'shared', 'wrong', `192.0.2.${i}`)).code).toBe('UNAUTHENTICATED');
        expect((await login(secondUrl, 'shared', 'wrong', `192.0.2.${50 + i}`)).code).toBe('UNAUTHENTICATED');
      }
      // Ten failures, five through each: both processes refuse now.
      expect(await login(api.url, 'shared', PASSWORD, '192.0.2.200')).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
      expect(await login(secondUrl, 'shared', PASSWORD, '192.0.2.201')).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
      const added = (await lockouts(api.db.dataSource)).slice(before);
      expect(added.map((r) => [r.username, r.countyCode, r.details?.scope])).toEqual([['shared', COUNTY_B, 'account']]);
    } finally {
      await second?.stop();
      await pool.destroy();
    }
  });
});
