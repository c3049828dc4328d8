import { AuditLogEntity, UserEntity, hashPassword } from '@junheng/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { createServer } from '../../server';
import { CITY, COUNTY_A, COUNTY_B, COUNTY_C } from '../../test-support/fixture-region';
import { startTestApi, TEST_SECRET, type GraphQLResult, type TestApi } from '../../test-support/test-api';

let api: TestApi;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const PASSWORD = 'right-password';

const LOGIN = `mutation($u:String!, $p:String!){ login(username:$u, password:$p){ token user { id username role regionCode } } }`;
const USERS = `query($first:Int, $after:String, $search:String){ users(first:$first, after:$after, search:$search){ totalCount pageInfo { hasNextPage endCursor } nodes { id username displayName role regionCode } } }`;
const CREATE = `mutation($input: CreateUserInput!){ createUser(input:$input){ id username displayName role regionCode } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!){ updateUser(id:$id, input:$input){ id username displayName role regionCode } }`;
const DELETE = `mutation($id: ID!){ deleteUser(id:$id) }`;

async function login(username: string, password = PASSWORD): Promise<GraphQLResult> {
  return api.post(LOGIN, { u: username, p: password });
}

async function tokenOf(username: string, password = PASSWORD): Promise<string> {
  const r = await login(username, password);
  expect(r.body.errors, username).toBeUndefined();
  ids[username] = r.body.data!.login.user.id;
  return r.body.data!.login.token;
}

function errorOf(r: GraphQLResult): { code?: string; field?: string; message?: string } {
  const e = r.body.errors?.[0];
  return { code: e?.extensions?.code, field: e?.extensions?.field, message: e?.message };
}

function newUser(username: string, regionCode: string, extra: Record<string, unknown> = {}) {
  return { input: { username, displayName: `用户 ${username}`, password: 'new-user-password', role: 'PLANNER', regionCode, ...extra } };
}

beforeAll(async () => {
  api = await startTestApi();
  const users: Array<[string, UserEntity['role'], string]> = [
    ['city-admin', 'ADMIN', CITY],
    ['county-admin', 'ADMIN', COUNTY_A],
    ['planner-a', 'PLANNER', COUNTY_A],
    ['hr-b', 'HR', COUNTY_B],
    ['viewer-c', 'VIEWER', COUNTY_C],
  ];
  const passwordHash = await hashPassword(PASSWORD);
  await api.db.dataSource.getRepository(UserEntity).save(users.map(([username, role, regionCode]) => ({ username, displayName: username, passwordHash, role, regionCode })));
  for (const [username] of users) tokens[username] = await tokenOf(username);
});
afterAll(async () => api?.close());

describe('users', () => {
  it('lists the users of a city and its counties to a city admin, of the county alone to a county admin', async () => {
    const city = await api.post(USERS, {}, tokens['city-admin']);
    expect(city.body.errors).toBeUndefined();
    expect(city.body.data!.users.nodes.map((u: { username: string }) => u.username)).toEqual(['city-admin', 'county-admin', 'hr-b', 'planner-a']);
    expect(city.body.data!.users.totalCount).toBe(4);
    const county = await api.post(USERS, {}, tokens['county-admin']);
    expect(county.body.data!.users.nodes.map((u: { username: string; role: string; regionCode: string }) => [u.username, u.role, u.regionCode])).toEqual([
      ['county-admin', 'ADMIN', COUNTY_A],
      ['planner-a', 'PLANNER', COUNTY_A],
    ]);
  });

  it('pages by username and searches username and display name', async () => {
    const first = await api.post(USERS, { first: 3 }, tokens['city-admin']);
    expect(first.body.data!.users.pageInfo.hasNextPage).toBe(true);
    const second = await api.post(USERS, { first: 3, after: first.body.data!.users.pageInfo.endCursor }, tokens['city-admin']);
    expect(second.body.data!.users.nodes.map((u: { username: string }) => u.username)).toEqual(['planner-a']);
    expect(second.body.data!.users.pageInfo.hasNextPage).toBe(false);
    const found = await api.post(USERS, { search: 'ADMIN' }, tokens['city-admin']);
    expect(found.body.data!.users.nodes.map((u: { username: string }) => u.username)).toEqual(['city-admin', 'county-admin']);
    expect(found.body.data!.users.totalCount).toBe(2);
    const literal = await api.post(USERS, { search: '%' }, tokens['city-admin']);
    expect(literal.body.data!.users.totalCount).toBe(0);
  });

  it('gives the regions a user may be scoped to', async () => {
    const city = await api.post(`{ assignableRegions { code kind parentCode } }`, {}, tokens['city-admin']);
    expect(city.body.data!.assignableRegions).toEqual([
      { code: CITY, kind: 'CITY', parentCode: null },
      { code: COUNTY_A, kind: 'COUNTY', parentCode: CITY },
      { code: COUNTY_B, kind: 'COUNTY', parentCode: CITY },
    ]);
    const county = await api.post(`{ assignableRegions { code } }`, {}, tokens['county-admin']);
    expect(county.body.data!.assignableRegions).toEqual([{ code: COUNTY_A }]);
  });

  it('is FORBIDDEN to every role but ADMIN, and needs a token', async () => {
    for (const who of ['planner-a', 'hr-b', 'viewer-c']) {
      expect(errorOf(await api.post(USERS, {}, tokens[who])).code, who).toBe('FORBIDDEN');
      expect(errorOf(await api.post(`{ assignableRegions { code } }`, {}, tokens[who])).code, who).toBe('FORBIDDEN');
    }
    const planner = tokens['planner-a'];
    expect(errorOf(await api.post(CREATE, newUser('sneaky', COUNTY_A, { role: 'ADMIN' }), planner)).code).toBe('FORBIDDEN');
    expect(errorOf(await api.post(UPDATE, { id: ids['planner-a'], input: { role: 'ADMIN' } }, planner)).code).toBe('FORBIDDEN');
    expect(errorOf(await api.post(DELETE, { id: ids['hr-b'] }, planner)).code).toBe('FORBIDDEN');
    expect(errorOf(await api.post(USERS)).code).toBe('UNAUTHENTICATED');
    expect((await api.db.dataSource.getRepository(UserEntity).findOneBy({ username: 'sneaky' }))).toBeNull();
  });
});

describe('createUser', () => {
  it('creates a user who can log in, with an audit row that holds no password', async () => {
    const r = await api.post(CREATE, newUser('zhang.san', COUNTY_A, { displayName: ' 张三 ' }), tokens['county-admin']);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.createUser).toMatchObject({ username: 'zhang.san', displayName: '张三', role: 'PLANNER', regionCode: COUNTY_A });
    const token = await tokenOf('zhang.san', 'new-user-password');
    const me = await api.post(`{ me { username role regionCode } counties { code } }`, {}, token);
    expect(me.body.data).toEqual({ me: { username: 'zhang.san', role: 'PLANNER', regionCode: COUNTY_A }, counties: [{ code: COUNTY_A }] });
    const audit = await api.db.dataSource.getRepository(AuditLogEntity).findOneByOrFail({ action: 'CREATE_USER', target: 'zhang.san' });
    expect(audit).toMatchObject({ username: 'county-admin', countyCode: COUNTY_A, details: { role: 'PLANNER', regionCode: COUNTY_A, displayName: '张三' } });
    expect(JSON.stringify(audit.details)).not.toMatch(/new-user-password|scrypt/);
  });

  it('lets a city admin create users in the city and in its counties', async () => {
    for (const [username, region] of [['city-planner', CITY], ['b-viewer', COUNTY_B]] as const) {
      const r = await api.post(CREATE, newUser(username, region), tokens['city-admin']);
      expect(r.body.errors, username).toBeUndefined();
    }
  });

  it('refuses a region outside the admin\'s (FORBIDDEN) or unknown (BAD_USER_INPUT), naming regionCode', async () => {
    expect(errorOf(await api.post(CREATE, newUser('elsewhere', COUNTY_B), tokens['county-admin']))).toMatchObject({ code: 'FORBIDDEN', field: 'regionCode' });
    expect(errorOf(await api.post(CREATE, newUser('elsewhere', CITY), tokens['county-admin']))).toMatchObject({ code: 'FORBIDDEN', field: 'regionCode' });
    expect(errorOf(await api.post(CREATE, newUser('elsewhere', COUNTY_C), tokens['city-admin']))).toMatchObject({ code: 'FORBIDDEN', field: 'regionCode' });
    expect(errorOf(await api.post(CREATE, newUser('elsewhere', '999999'), tokens['city-admin']))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    expect(await api.db.dataSource.getRepository(UserEntity).existsBy({ username: 'elsewhere' })).toBe(false);
  });

  it('refuses a taken username with CONFLICT naming username', async () => {
    const r = await api.post(CREATE, newUser('planner-a', COUNTY_A), tokens['county-admin']);
    expect(errorOf(r)).toMatchObject({ code: 'CONFLICT', field: 'username' });
    // Also when the other user is outside the admin's region: usernames are global.
    expect(errorOf(await api.post(CREATE, newUser('viewer-c', COUNTY_A), tokens['county-admin']))).toMatchObject({ code: 'CONFLICT', field: 'username' });
  });

  it('refuses two creations of one username at once, letting exactly one through', async () => {
    const both = await Promise.all([1, 2].map(() => api.post(CREATE, newUser('twice', COUNTY_A), tokens['county-admin'])));
    expect(both.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(both.map((r) => errorOf(r)).filter((e) => e.code)).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'username' })]);
  });

  it('refuses a short password, a bad username and a blank display name, naming the field', async () => {
    expect(errorOf(await api.post(CREATE, newUser('shorty', COUNTY_A, { password: 'seven77' }), tokens['county-admin']))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(errorOf(await api.post(CREATE, newUser('Has Space', COUNTY_A), tokens['county-admin']))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    expect(errorOf(await api.post(CREATE, newUser('blank', COUNTY_A, { displayName: '   ' }), tokens['county-admin']))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
  });
});

describe('updateUser', () => {
  it('changes the display name without ending sessions', async () => {
    await api.post(CREATE, newUser('li.si', COUNTY_A), tokens['county-admin']);
    const token = await tokenOf('li.si', 'new-user-password');
    const r = await api.post(UPDATE, { id: ids['li.si'], input: { displayName: '李四' } }, tokens['county-admin']);
    expect(r.body.data!.updateUser.displayName).toBe('李四');
    expect((await api.post(`{ me { displayName } }`, {}, token)).body.data!.me.displayName).toBe('李四');
  });

  it('changes role and password: the old token stops working, the new password logs in with the new role', async () => {
    const old = await tokenOf('li.si', 'new-user-password');
    const r = await api.post(UPDATE, { id: ids['li.si'], input: { role: 'HR', password: 'another-password' } }, tokens['county-admin']);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.updateUser).toMatchObject({ role: 'HR' });
    const refused = await api.post(`{ counties { code } }`, {}, old);
    expect(errorOf(refused)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Session ended: sign in again' });
    expect(errorOf(await login('li.si', 'new-user-password')).code).toBe('UNAUTHENTICATED');
    const fresh = await tokenOf('li.si', 'another-password');
    expect((await api.post(`{ me { role } }`, {}, fresh)).body.data!.me.role).toBe('HR');
    const audit = await api.db.dataSource.getRepository(AuditLogEntity).find({ where: { action: 'UPDATE_USER', target: 'li.si' }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ changed: { displayName: { from: '用户 li.si', to: '李四' } }, passwordReset: false, endsSessions: false }),
      expect.objectContaining({ changed: { role: { from: 'PLANNER', to: 'HR' } }, passwordReset: true, endsSessions: true }),
    ]);
    expect(JSON.stringify(audit.map((a) => a.details))).not.toMatch(/another-password|scrypt/);
  });

  it('moves a user only to a region inside the admin\'s, and touches no user outside it', async () => {
    expect(errorOf(await api.post(UPDATE, { id: ids['li.si'], input: { regionCode: COUNTY_B } }, tokens['county-admin']))).toMatchObject({ code: 'FORBIDDEN', field: 'regionCode' });
    expect(errorOf(await api.post(UPDATE, { id: ids['hr-b'], input: { displayName: 'x' } }, tokens['county-admin'])).code).toBe('NOT_FOUND');
    expect(errorOf(await api.post(UPDATE, { id: ids['viewer-c'], input: { displayName: 'x' } }, tokens['city-admin'])).code).toBe('NOT_FOUND');
    expect(errorOf(await api.post(UPDATE, { id: 'not-an-id', input: { displayName: 'x' } }, tokens['city-admin']))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(errorOf(await api.post(UPDATE, { id: ids['li.si'], input: { password: 'short' } }, tokens['county-admin']))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const moved = await api.post(UPDATE, { id: ids['li.si'], input: { regionCode: COUNTY_B } }, tokens['city-admin']);
    expect(moved.body.data!.updateUser.regionCode).toBe(COUNTY_B);
  });

  it('keeps an admin from dropping their own ADMIN role, but lets them rename themselves', async () => {
    const r = await api.post(UPDATE, { id: ids['county-admin'], input: { role: 'PLANNER' } }, tokens['county-admin']);
    expect(errorOf(r).code).toBe('SELF_LOCKOUT');
    expect((await api.db.dataSource.getRepository(UserEntity).findOneByOrFail({ username: 'county-admin' })).role).toBe('ADMIN');
    const renamed = await api.post(UPDATE, { id: ids['county-admin'], input: { displayName: '县管理员', role: 'ADMIN' } }, tokens['county-admin']);
    expect(renamed.body.data!.updateUser).toMatchObject({ displayName: '县管理员', role: 'ADMIN' });
    expect((await api.post(USERS, { first: 1 }, tokens['county-admin'])).body.errors).toBeUndefined();
  });
});

describe('deleteUser', () => {
  it('refuses to delete oneself', async () => {
    expect(errorOf(await api.post(DELETE, { id: ids['county-admin'] }, tokens['county-admin'])).code).toBe('SELF_LOCKOUT');
    expect(await api.db.dataSource.getRepository(UserEntity).existsBy({ username: 'county-admin' })).toBe(true);
  });

  it('touches no user outside the admin\'s region', async () => {
    expect(errorOf(await api.post(DELETE, { id: ids['hr-b'] }, tokens['county-admin'])).code).toBe('NOT_FOUND');
    expect(errorOf(await api.post(DELETE, { id: ids['viewer-c'] }, tokens['city-admin'])).code).toBe('NOT_FOUND');
  });

  it('deletes a user: no more login, and their token stops working (also in another server on the database)', async () => {
    const token = await tokenOf('zhang.san', 'new-user-password');
    const r = await api.post(DELETE, { id: ids['zhang.san'] }, tokens['county-admin']);
    expect(r.body).toEqual({ data: { deleteUser: true } });
    expect(errorOf(await login('zhang.san', 'new-user-password')).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.post(`{ counties { code } }`, {}, token)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.post(`{ me { username } }`, {}, token)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await api.post(DELETE, { id: ids['zhang.san'] }, tokens['county-admin'])).code).toBe('NOT_FOUND');
    const audit = await api.db.dataSource.getRepository(AuditLogEntity).findOneByOrFail({ action: 'DELETE_USER', target: 'zhang.san' });
    expect(audit).toMatchObject({ username: 'county-admin', countyCode: COUNTY_A, details: expect.objectContaining({ role: 'PLANNER' }) });

    // Another server on the same database (a second process, or a restart) refuses the token too: the user row decides.
    const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_SECRET, PLAN_YEAR: '2026', RESPONSE_CACHE_MB: '0' });
    const restarted = await createServer({ dataSource: api.db.dataSource, config, logError: () => undefined });
    try {
      const { url } = await restarted.listen(0, '127.0.0.1');
      const ask = async (t: string) =>
        (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: JSON.stringify({ query: '{ me { username } }' }) })).json()) as {
          data?: { me: { username: string } } | null;
          errors?: Array<{ extensions?: { code?: string } }>;
        };
      expect((await ask(token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await ask(tokens['planner-a']!)).data?.me.username).toBe('planner-a');
    } finally {
      await restarted.stop();
    }
  });
});
